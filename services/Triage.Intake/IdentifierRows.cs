using System.Data.Common;
using Dapper;
using Triage.Signals;
using Triage.Signals.Links;

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
}
