using Npgsql;
using Triage.Storage;

namespace Triage.Tests.Storage;

// A failed batch is logged by kind, never by message (a database message can quote the row it refused).
public class When_a_failure_is_logged
{
    [Test]
    public void Should_name_a_database_errors_sqlstate_without_its_message()
    {
        var deadlock = new PostgresException("deadlock detected on 13800138000", "ERROR", "ERROR", "40P01");

        var kind = ErrorKind.Of(deadlock);

        Assert.That(kind, Is.EqualTo("PostgresException 40P01"));
    }

    [Test]
    public void Should_name_only_the_type_of_any_other_error()
    {
        Assert.That(ErrorKind.Of(new TimeoutException("13800138000")), Is.EqualTo("TimeoutException"));
    }
}
