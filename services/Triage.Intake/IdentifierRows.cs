using System.Data.Common;
using Dapper;
using Triage.Signals;
using Triage.Signals.Links;
using Triage.Storage;

namespace Triage.Intake;

// A complaint's rows in complaint_identifiers, one set per key: each set with the complainant key made under that key.
public static class IdentifierRows
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, Guid complaintId, DateTimeOffset receivedAt, string channel,
        IReadOnlyDictionary<string, IReadOnlyList<Identifier>> identifiersByKey, CancellationToken cancellationToken)
    {
        foreach (var (keyId, identifiers) in identifiersByKey)
        {
            var complainant = ComplainantKey.For(complaintId, identifiers);
            await connection.ExecuteAsync(
                new CommandDefinition("""
                INSERT INTO complaint_identifiers (identifier_hash, kind, complaint_id, complainant_key, received_at, channel, key_id)
                VALUES (@Hash, @Kind, @ComplaintId, @Complainant, @ReceivedAt, @Channel, @KeyId)
                ON CONFLICT DO NOTHING
                """,
                identifiers.Select(i => new
                {
                    Hash = Convert.FromHexString(i.Hash), Kind = i.Kind.ToString(), ComplaintId = complaintId, Complainant = complainant,
                    ReceivedAt = receivedAt, Channel = channel, KeyId = keyId,
                }),
                transaction, cancellationToken: cancellationToken));
        }
    }

    // Several complaints' rows: on PostgreSQL in one statement (Dapper runs a statement once per row it is given, a round
    // trip each); on SQLite, where a statement costs no round trip, row by row.
    public static async Task InsertManyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewComplaint> complaints, SqlDialect dialect,
        CancellationToken cancellationToken)
    {
        if (dialect.Provider != StorageProvider.Postgres)
        {
            foreach (var complaint in complaints)
                await InsertAsync(connection, transaction, complaint.Id, complaint.ReceivedAt, complaint.Channel, complaint.IdentifiersByKey, cancellationToken);
            return;
        }
        var rows = complaints.SelectMany(c => c.IdentifiersByKey.SelectMany(set =>
        {
            var complainant = ComplainantKey.For(c.Id, set.Value);
            return set.Value.Select(i => (Hash: Convert.FromHexString(i.Hash), Kind: i.Kind.ToString(), c.Id, Complainant: complainant,
                ReceivedAt: c.ReceivedAt.ToUniversalTime(), c.Channel, KeyId: set.Key));
        })).ToList();
        if (rows.Count == 0)
            return;
        await connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO complaint_identifiers (identifier_hash, kind, complaint_id, complainant_key, received_at, channel, key_id)
            SELECT * FROM unnest(@Hashes, @Kinds, @ComplaintIds, @Complainants, @ReceivedAts, @Channels, @KeyIds)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                Hashes = rows.Select(r => r.Hash).ToArray(),
                Kinds = rows.Select(r => r.Kind).ToArray(),
                ComplaintIds = rows.Select(r => r.Id).ToArray(),
                Complainants = rows.Select(r => r.Complainant).ToArray(),
                ReceivedAts = rows.Select(r => r.ReceivedAt).ToArray(),
                Channels = rows.Select(r => r.Channel).ToArray(),
                KeyIds = rows.Select(r => r.KeyId).ToArray(),
            },
            transaction, cancellationToken: cancellationToken));
    }
}
