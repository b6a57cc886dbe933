using System.Data.Common;

namespace Triage.Storage;

// What to log about a failure without its message (which may quote personal data): the exception's type and, for a
// database error, its SQLSTATE (40P01 a deadlock, 40001 a serialization failure, 23505 a unique violation, …).
public static class ErrorKind
{
    public static string Of(Exception exception) =>
        exception is DbException { SqlState: { Length: > 0 } state } ? $"{exception.GetType().Name} {state}" : exception.GetType().Name;
}
