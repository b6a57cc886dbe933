using System.Data;
using System.Globalization;
using Dapper;

namespace Triage.Storage;

// How Dapper maps rows, set once for every process and test: Database's static constructor calls Register.
// Columns map to members with underscores ignored (received_at to ReceivedAt), so a SELECT names its columns without
// aliases. SQLite keeps uuids and timestamps as text; PostgreSQL has native types: the two handlers let one row type
// read both. Flags need no handler: they are INTEGER columns on both engines (Int64 from SQLite, Int32 from
// PostgreSQL), and Dapper converts either into a bool property or a value tuple's bool member. Dapper never consults
// a TypeHandler<bool> (bool is a built-in type), and a positional record's constructor must match the column types
// exactly, so row types read flags into bool properties.
public static class DapperMapping
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new GuidHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override Guid Parse(object value) => value switch
        {
            Guid guid => guid,
            string text => Guid.Parse(text),
            byte[] bytes => new Guid(bytes),
            _ => throw new DataException($"Cannot read a uuid from {value.GetType().Name}"),
        };

        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            if (parameter.GetType().Namespace == "Microsoft.Data.Sqlite")
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.ToString();
            }
            else
            {
                parameter.Value = value;
            }
        }
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset dto => dto.ToUniversalTime(),
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}"),
        };

        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            if (parameter.GetType().Namespace == "Microsoft.Data.Sqlite")
            {
                parameter.DbType = DbType.String;
                parameter.Value = value.UtcDateTime.ToString(SqliteFormat, CultureInfo.InvariantCulture);
            }
            else
            {
                parameter.Value = value.ToUniversalTime();
            }
        }
    }
}
