using Dapper;
using Triage.Storage;

namespace Triage.Cli.Keys;

// Which keys the stored data still needs: what sealed each complaint and earlier version (read from the sealed
// value's header only) and under which keys each complaint's identifiers are hashed.
public static class KeyUsage
{
    // A sealed value's header is at most 2 + 32 bytes: the format, the key id's length and the key id.
    private const int HeaderLength = 34;

    public static async Task<Dictionary<string, long>> SealedAsync(Database database, string table, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = new Dictionary<string, long>();
        var heads = connection.QueryUnbufferedAsync<byte[]>($"SELECT substr(personal, 1, {HeaderLength}) FROM {table}");
        await foreach (var head in heads.WithCancellation(cancellationToken))
        {
            var key = PersonalDataProtector.SealedKeyId(head);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    public static async Task<Dictionary<string, long>> HashedAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string KeyId, long Complaints)>(new CommandDefinition(
            "SELECT key_id, COUNT(DISTINCT complaint_id) FROM complaint_identifiers GROUP BY key_id ORDER BY key_id", cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.KeyId, r => r.Complaints);
    }

    // Complaints sealed under another key, or with identifier hashes under other keys but none under this one.
    public static async Task<IReadOnlyList<Guid>> ComplaintsNotMovedAsync(Database database, string keyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var unhashed = await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            SELECT c.id FROM complaints c
            WHERE EXISTS (SELECT 1 FROM complaint_identifiers i WHERE i.complaint_id = c.id AND i.key_id <> @KeyId)
              AND NOT EXISTS (SELECT 1 FROM complaint_identifiers i WHERE i.complaint_id = c.id AND i.key_id = @KeyId)
            """,
            new { KeyId = keyId }, cancellationToken: cancellationToken));
        var behind = unhashed.ToHashSet();
        var heads = connection.QueryUnbufferedAsync<HeadRow>($"SELECT id, substr(personal, 1, {HeaderLength}) AS Head FROM complaints");
        await foreach (var row in heads.WithCancellation(cancellationToken))
            if (PersonalDataProtector.SealedKeyId(row.Head) != keyId)
                behind.Add(row.Id);
        return behind.Order().ToList();
    }

    private sealed class HeadRow
    {
        public Guid Id { get; init; }
        public byte[] Head { get; init; } = [];
    }
}
