using System.Text.Json;

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
    public string ForUpdate => Provider == StorageProvider.Postgres ? "FOR UPDATE" : "";

    // Any number of values in one parameter: an array on PostgreSQL; a JSON array on SQLite, read with json_each,
    // since Microsoft.Data.Sqlite binds a parameter per value by name one at a time (the cost grows with the square
    // of the list, and a statement takes at most 32,766). The parameter is made by Uuids or List.
    public string InList(string column, string parameter) =>
        Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN (SELECT value FROM json_each({parameter}))";

    // Uuids for InList: SQLite keeps them as text.
    public object Uuids(IEnumerable<Guid> ids) =>
        Provider == StorageProvider.Postgres ? ids.ToArray() : JsonSerializer.Serialize(ids.Select(id => id.ToString()));

    // Strings or numbers for InList.
    public object List<T>(IEnumerable<T> values) =>
        Provider == StorageProvider.Postgres ? values.ToArray() : JsonSerializer.Serialize(values);

    // InList for a column of bytes (the keyed identifier hashes), whose values are made by ByteList: hex in the JSON array.
    public string InBytes(string column, string parameter) =>
        Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN (SELECT unhex(value) FROM json_each({parameter}))";

    // The rows of `from` whose `column` is one of a list (made by Uuids, List or ByteList), each value one probe of the
    // column's index on PostgreSQL: a subquery per value that cannot be flattened into a join (OFFSET 0), so the plan does
    // not depend on the table's statistics. With `= ANY(…)` a table that grew faster than it was analysed was scanned
    // whole for a few hundred values (docs/benchmarks.md, "Plans that do not depend on statistics"). `select` may name
    // columns with aliases; `where` adds conditions on the same row. A value listed twice gives its rows once, as IN does.
    public string EachOf(string select, string from, string column, string parameter, string? where = null, bool bytes = false)
    {
        var also = where is null ? "" : $" AND {where}";
        return Provider == StorageProvider.Postgres
            ? $"SELECT p.* FROM (SELECT DISTINCT v FROM unnest({parameter}) AS u(v)) AS k CROSS JOIN LATERAL (SELECT {select} FROM {from} WHERE {column} = k.v{also} OFFSET 0) AS p"
            : $"SELECT {select} FROM {from} WHERE {(bytes ? InBytes(column, parameter) : InList(column, parameter))}{also}";
    }

    // The rows whose `column` is one of what `subquery` selects: on PostgreSQL the subquery runs once (an array), and each
    // of its values is one probe of the column's index, whatever the statistics say of the table (as EachOf).
    public string InSubquery(string column, string subquery) =>
        Provider == StorageProvider.Postgres ? $"{column} = ANY(ARRAY({subquery}))" : $"{column} IN ({subquery})";

    public object ByteList(IEnumerable<byte[]> values) =>
        Provider == StorageProvider.Postgres ? values.ToArray() : JsonSerializer.Serialize(values.Select(Convert.ToHexString));

    public string Expand(string script) => script
        .Replace("{{uuid}}", Uuid)
        .Replace("{{timestamp}}", Timestamp)
        .Replace("{{bytes}}", Bytes)
        .Replace("{{serial}}", Serial);
}
