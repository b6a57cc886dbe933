using Dapper;
using Triage.Signals;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Cli.Keys;

// Retiring a key once no process uses it: nothing may still be sealed with it, and every complaint hashed under it must
// also be hashed under the key that now matches. Then what was made with its hash key goes: the complaints' hash
// columns, the links' and the near-duplicate owners' hashes are rewritten under the matching key, and its rows deleted.
public sealed class KeyRetirement(Database database, PersonalDataProtector protector, TimeProvider clock)
{
    private static readonly Dictionary<IdentifierKind, string> Columns = new()
    {
        [IdentifierKind.ComplainantPhone] = "complainant_phone_hash",
        [IdentifierKind.ComplainantIdNumber] = "complainant_id_number_hash",
        [IdentifierKind.CustomerId] = "complainant_customer_id_hash",
        [IdentifierKind.Email] = "complainant_email_hash",
        [IdentifierKind.RepresentativePhone] = "representative_phone_hash",
        [IdentifierKind.Organization] = "representative_organization_hash",
        [IdentifierKind.Ip] = "origin_ip_hash",
        [IdentifierKind.Device] = "origin_device_hash",
    };

    // Why the key cannot go yet, if anything: matchingKey is the key that matches identifiers once it is gone.
    public async Task<string?> ProblemAsync(string keyId, string matchingKey, CancellationToken cancellationToken)
    {
        var sealedComplaints = (await KeyUsage.SealedAsync(database, "complaints", cancellationToken)).GetValueOrDefault(keyId);
        var sealedVersions = (await KeyUsage.SealedAsync(database, "complaint_versions", cancellationToken)).GetValueOrDefault(keyId);
        if (sealedComplaints + sealedVersions > 0)
            return $"{sealedComplaints:N0} complaints and {sealedVersions:N0} earlier versions are still sealed with key '{keyId}': run `triage keys rotate` with it configured first";
        var unmatched = await KeyUsage.ComplaintsNotMovedAsync(database, matchingKey, cancellationToken);
        return unmatched.Count > 0
            ? $"{unmatched.Count:N0} complaints are not yet sealed and hashed under key '{matchingKey}': run `triage keys rotate` first"
            : null;
    }

    // In batches of complaints, one transaction each, so that no complaint row stays locked for long; a rerun finds
    // what an interrupted run left.
    public async Task<long> RetireAsync(string keyId, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var matching = protector.MatchingKeyId;
        List<HashRow> rows;
        await using (var connection = await database.OpenAsync(cancellationToken))
            rows = (await connection.QueryAsync<HashRow>(new CommandDefinition(
                """
                SELECT o.complaint_id, o.kind, o.identifier_hash AS OldHash, n.identifier_hash AS NewHash, n.complainant_key AS Complainant
                FROM complaint_identifiers o
                JOIN complaint_identifiers n ON n.complaint_id = o.complaint_id AND n.kind = o.kind AND n.key_id = @Matching
                WHERE o.key_id = @Retired
                """,
                new { Matching = matching, Retired = keyId }, cancellationToken: cancellationToken))).AsList();
        var deleted = 0L;
        var done = 0L;
        foreach (var batch in rows.GroupBy(r => r.ComplaintId).Chunk(500))
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            foreach (var complaint in batch)
            {
                // Kinds without a column of their own (the name) live in complaint_identifiers only.
                var columns = complaint
                    .Select(r => (Row: r, Column: Enum.TryParse<IdentifierKind>(r.Kind, out var kind) ? Columns.GetValueOrDefault(kind) : null))
                    .Where(c => c.Column is not null)
                    .ToList();
                var set = string.Concat(columns.Select(c => $"{c.Column} = @{c.Row.Kind}, "));
                var parameters = new DynamicParameters(new { Id = complaint.Key, Matching = matching });
                foreach (var (row, _) in columns)
                    parameters.Add(row.Kind, row.NewHash);
                await connection.ExecuteAsync(new CommandDefinition($"UPDATE complaints SET {set}hash_key_id = @Matching WHERE id = @Id", parameters, transaction,
                    cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition("UPDATE near_duplicate_signatures SET owner_hash = @Owner WHERE complaint_id = @Id",
                    new { Id = complaint.Key, Owner = OwnerKey.Hash(complaint.First().Complainant) }, transaction, cancellationToken: cancellationToken));
                // Both ends of a link share its identifier, so each link is reached from its own complaint_id (the key's prefix).
                foreach (var row in complaint)
                    await connection.ExecuteAsync(new CommandDefinition("UPDATE cluster_links SET identifier_hash = @New WHERE complaint_id = @Id AND identifier_hash = @Old",
                        new { Id = complaint.Key, Old = row.OldHash, New = row.NewHash }, transaction, cancellationToken: cancellationToken));
                deleted += await connection.ExecuteAsync(new CommandDefinition("DELETE FROM complaint_identifiers WHERE complaint_id = @Id AND key_id = @Retired",
                    new { Id = complaint.Key, Retired = keyId }, transaction, cancellationToken: cancellationToken));
            }
            await transaction.CommitAsync(cancellationToken);
            progress.Report(done += batch.Length);
        }
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("UPDATE complaints SET hash_key_id = @Matching WHERE hash_key_id = @Retired",
                new { Matching = matching, Retired = keyId }, transaction, cancellationToken: cancellationToken));
            deleted += await connection.ExecuteAsync(new CommandDefinition("DELETE FROM complaint_identifiers WHERE key_id = @Retired",
                new { Retired = keyId }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE key_rotations SET retired_key_id = @Retired, retired_at = @Now WHERE to_key_id = @Matching",
                new { Retired = keyId, Matching = matching, Now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        return deleted;
    }

    private sealed class HashRow
    {
        public Guid ComplaintId { get; init; }
        public string Kind { get; init; } = "";
        public byte[] OldHash { get; init; } = [];
        public byte[] NewHash { get; init; } = [];
        public string Complainant { get; init; } = "";
    }
}
