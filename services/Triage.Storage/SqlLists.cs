using System.Text.Json;

namespace Triage.Storage;

// Hundreds or thousands of ids in one parameter: an array on PostgreSQL, a JSON array on SQLite, where a parameter per
// value is bound by name one at a time and the cost grows with the square of the list.
public static class SqlLists
{
    public static string In(Database database, string column, string parameter) =>
        database.Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN (SELECT value FROM json_each({parameter}))";

    public static object Ids(Database database, IEnumerable<Guid> ids) =>
        database.Provider == StorageProvider.Postgres ? ids.ToArray() : JsonSerializer.Serialize(ids.Select(id => id.ToString()));

    public static object Values<T>(Database database, IEnumerable<T> values) =>
        database.Provider == StorageProvider.Postgres ? values.ToArray() : JsonSerializer.Serialize(values);
}
