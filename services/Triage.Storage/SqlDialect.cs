namespace Triage.Storage;

// The one place where SQLite and PostgreSQL SQL differ.
public sealed record SqlDialect(StorageProvider Provider, string Uuid, string Timestamp, string Bytes, string Serial, string SkipLocked)
{
    public static SqlDialect For(StorageProvider provider) => provider switch
    {
        StorageProvider.Postgres => new(provider, "uuid", "timestamptz", "bytea", "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "FOR UPDATE SKIP LOCKED"),
        _ => new(provider, "TEXT", "TEXT", "BLOB", "INTEGER PRIMARY KEY AUTOINCREMENT", ""),
    };

    // Row locks for read-decide-write on PostgreSQL; SQLite's single writer already serialises.
    // How many ids one statement takes: PostgreSQL takes any number as one array; SQLite binds each id as a parameter.
    public const int SqliteListBatch = 500;

    public int ListBatch => Provider == StorageProvider.Postgres ? int.MaxValue : SqliteListBatch;

    public string ForUpdate => Provider == StorageProvider.Postgres ? "FOR UPDATE" : "";

    // Dapper expands a list parameter for SQLite; Npgsql takes it as one array parameter.
    public string InList(string column, string parameter) =>
        Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    // A list of uuids for InList: SQLite keeps them as text, and Dapper's type handlers do not reach list items.
    public System.Collections.IEnumerable Uuids(IEnumerable<Guid> ids) =>
        Provider == StorageProvider.Postgres ? ids.ToArray() : ids.Select(id => id.ToString()).ToArray();

    public string Expand(string script) => script
        .Replace("{{uuid}}", Uuid)
        .Replace("{{timestamp}}", Timestamp)
        .Replace("{{bytes}}", Bytes)
        .Replace("{{serial}}", Serial);
}
