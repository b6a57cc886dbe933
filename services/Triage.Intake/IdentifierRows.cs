using System.Data.Common;
using Dapper;
using Triage.Signals;
using Triage.Signals.Links;
using Triage.Storage;

namespace Triage.Intake;

// A complaint's rows in complaint_identifiers, one set per key: each set with the complainant key made under that key.
public static class IdentifierRows
{
    private const string Columns = "identifier_hash, kind, complaint_id, complainant_key, received_at, channel, key_id";
    private const string InsertRow =
        $"INSERT INTO complaint_identifiers ({Columns}) VALUES (@Hash, @Kind, @ComplaintId, @Complainant, @ReceivedAt, @Channel, @KeyId) ON CONFLICT DO NOTHING";

    // One complaint's rows, a statement each (Dapper runs the statement once per row it is given).
    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, Guid complaintId, DateTimeOffset receivedAt, string channel,
        IReadOnlyDictionary<string, IReadOnlyList<Identifier>> identifiersByKey, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertRow, RowsOf(complaintId, receivedAt, channel, identifiersByKey).ToList(), transaction,
            cancellationToken: cancellationToken));

    // Several complaints' rows: on PostgreSQL in one statement; on SQLite, where a statement costs no round trip, row by row.
    public static async Task InsertManyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewComplaint> complaints, SqlDialect dialect,
        CancellationToken cancellationToken)
    {
        var rows = complaints.SelectMany(c => RowsOf(c.Id, c.ReceivedAt, c.Channel, c.IdentifiersByKey)).ToList();
        if (rows.Count == 0)
            return;
        if (dialect.Provider != StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertRow, rows, transaction, cancellationToken: cancellationToken));
            return;
        }
        var parameters = new DynamicParameters();
        AddPostgresRows(parameters, rows);
        await connection.ExecuteAsync(new CommandDefinition(PostgresInsert(), parameters, transaction, cancellationToken: cancellationToken));
    }

    // The complaints' rows on PostgreSQL, as arrays (PostgresInsert's parameters).
    public static void AddPostgresRows(DynamicParameters parameters, IReadOnlyList<NewComplaint> complaints) =>
        AddPostgresRows(parameters, complaints.SelectMany(c => RowsOf(c.Id, c.ReceivedAt, c.Channel, c.IdentifiersByKey)).ToList());

    private static void AddPostgresRows(DynamicParameters parameters, List<Row> rows)
    {
        parameters.Add("Hashes", rows.Select(r => r.Hash).ToArray());
        parameters.Add("Kinds", rows.Select(r => r.Kind).ToArray());
        parameters.Add("ComplaintIds", rows.Select(r => r.ComplaintId).ToArray());
        parameters.Add("Complainants", rows.Select(r => r.Complainant).ToArray());
        parameters.Add("ReceivedAts", rows.Select(r => r.ReceivedAt.ToUniversalTime()).ToArray());
        parameters.Add("Channels", rows.Select(r => r.Channel).ToArray());
        parameters.Add("KeyIds", rows.Select(r => r.KeyId).ToArray());
    }

    // condition: a WHERE clause that decides whether the rows are written at all.
    public static string PostgresInsert(string condition = "") =>
        $"INSERT INTO complaint_identifiers ({Columns}) SELECT * FROM unnest(@Hashes, @Kinds, @ComplaintIds, @Complainants, @ReceivedAts, @Channels, @KeyIds) {condition} ON CONFLICT DO NOTHING";

    private static IEnumerable<Row> RowsOf(Guid complaintId, DateTimeOffset receivedAt, string channel,
        IReadOnlyDictionary<string, IReadOnlyList<Identifier>> identifiersByKey) =>
        identifiersByKey.SelectMany(set =>
        {
            var complainant = ComplainantKey.For(complaintId, set.Value);
            return set.Value.Select(i => new Row(Convert.FromHexString(i.Hash), i.Kind.ToString(), complaintId, complainant, receivedAt, channel, set.Key));
        });

    private sealed record Row(byte[] Hash, string Kind, Guid ComplaintId, string Complainant, DateTimeOffset ReceivedAt, string Channel, string KeyId);
}
