using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Complaints;
using Triage.Intake;
using Triage.Storage;

namespace Triage.Cli.Keys;

// Moves the store to the current key in batches, one transaction each: every complaint (and earlier version) sealed
// under another key is opened and sealed again, and every complaint gets identifier hashes under the current key
// beside the old ones, so matching keeps working under the old key until it is retired. Rows are locked a batch at a
// time, never the table; the cursor in key_rotations lets a rerun go on where an interrupted run stopped.
public sealed class KeyRotation(Database database, PersonalDataProtector protector, TimeProvider clock)
{
    private string Target => protector.CurrentKeyId;

    public async Task<long> CountComplaintsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM complaints", cancellationToken: cancellationToken));
    }

    public async Task<RotationOutcome> RunAsync(int batchSize, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var connection = await database.OpenAsync(cancellationToken))
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO key_rotations (to_key_id, started_at) VALUES (@Target, @Now) ON CONFLICT DO NOTHING", new { Target, Now = now },
                cancellationToken: cancellationToken));
        var state = await StateAsync(cancellationToken);
        var cursor = state.CursorId ?? Guid.Empty;
        var done = state.ComplaintsDone;
        var changed = 0L;
        progress.Report(done);
        while (true)
        {
            List<Guid> ids;
            await using (var connection = await database.OpenAsync(cancellationToken))
                ids = (await connection.QueryAsync<Guid>(new CommandDefinition(
                    "SELECT id FROM complaints WHERE id > @Cursor ORDER BY id LIMIT @Take", new { Cursor = cursor, Take = batchSize },
                    cancellationToken: cancellationToken))).AsList();
            if (ids.Count == 0)
                break;
            cursor = ids[^1];
            done += ids.Count;
            changed += await MoveAsync(ids, cursor, ids.Count, cancellationToken);
            progress.Report(done);
        }

        // Complaints committed behind the cursor while it moved (their ids were made before a slow transaction ended).
        changed += await SweepAsync(cancellationToken);
        var versions = await MoveVersionsAsync(state.VersionCursor, batchSize, cancellationToken);
        // An amendment by a process that did not yet hold the current key can leave an older version behind the cursor.
        if ((await KeyUsage.SealedAsync(database, "complaint_versions", cancellationToken)).Keys.Any(k => k != Target))
            versions += await MoveVersionsAsync(0, batchSize, cancellationToken);
        await using (var connection = await database.OpenAsync(cancellationToken))
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE key_rotations SET finished_at = @Now WHERE to_key_id = @Target", new { Target, Now = clock.GetUtcNow() },
                cancellationToken: cancellationToken));
        return new RotationOutcome(Target, done, changed, versions);
    }

    private async Task<RotationState> StateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<RotationState>(new CommandDefinition(
            "SELECT cursor_id, complaints_done, version_cursor FROM key_rotations WHERE to_key_id = @Target",
            new { Target }, cancellationToken: cancellationToken));
    }

    // One batch in one transaction: the rows locked (PostgreSQL; SQLite has one writer), re-read, moved, the cursor saved.
    private async Task<int> MoveAsync(IReadOnlyList<Guid> ids, Guid? cursor, int counted, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var rows = await connection.QueryAsync<StoredRow>(new CommandDefinition(
            $"""
             SELECT id, received_at, channel, personal,
                 (SELECT COUNT(*) FROM complaint_identifiers i WHERE i.complaint_id = c.id AND i.key_id = @Target) AS TargetHashes
             FROM complaints c WHERE {database.Dialect.InList("id", "@Ids")} {database.Dialect.ForUpdate}
             """,
            new { Ids = database.Dialect.Uuids(ids), Target }, transaction, cancellationToken: cancellationToken));
        var changed = 0;
        foreach (var row in rows)
        {
            var sealedWith = PersonalDataProtector.SealedKeyId(row.Personal);
            if (sealedWith == Target && row.TargetHashes > 0)
                continue;
            var plain = protector.Open(row.Personal);
            if (sealedWith != Target)
                await connection.ExecuteAsync(new CommandDefinition("UPDATE complaints SET personal = @Personal WHERE id = @Id",
                    new { row.Id, Personal = protector.Seal(plain) }, transaction, cancellationToken: cancellationToken));
            var personal = JsonSerializer.Deserialize<ComplaintPersonalData>(plain, PersonalDataJson.Options)!;
            var identifiers = ComplaintIdentifiers.From(personal, protector, Target);
            if (sealedWith == Target && identifiers.Count == 0)
                continue;
            await IdentifierRows.InsertAsync(connection, transaction, row.Id, row.ReceivedAt, row.Channel,
                new Dictionary<string, IReadOnlyList<Triage.Signals.Identifier>> { [Target] = identifiers }, cancellationToken);
            changed++;
        }
        if (cursor is not null)
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE key_rotations SET cursor_id = @Cursor, complaints_done = complaints_done + @Counted WHERE to_key_id = @Target",
                new { Cursor = cursor, Counted = counted, Target }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private async Task<long> SweepAsync(CancellationToken cancellationToken)
    {
        var behind = await KeyUsage.ComplaintsNotMovedAsync(database, Target, cancellationToken);
        var changed = 0L;
        foreach (var batch in behind.Chunk(500))
            changed += await MoveAsync(batch, null, 0, cancellationToken);
        return changed;
    }

    private async Task<int> MoveVersionsAsync(long cursor, int batchSize, CancellationToken cancellationToken)
    {
        var moved = 0;
        while (true)
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            var rows = (await connection.QueryAsync<VersionRow>(new CommandDefinition(
                $"SELECT id, personal FROM complaint_versions WHERE id > @Cursor ORDER BY id LIMIT @Take {database.Dialect.ForUpdate}",
                new { Cursor = cursor, Take = batchSize }, transaction, cancellationToken: cancellationToken))).AsList();
            if (rows.Count == 0)
                return moved;
            foreach (var row in rows.Where(r => PersonalDataProtector.SealedKeyId(r.Personal) != Target))
            {
                await connection.ExecuteAsync(new CommandDefinition("UPDATE complaint_versions SET personal = @Personal WHERE id = @Id",
                    new { row.Id, Personal = protector.Seal(protector.Open(row.Personal)) }, transaction, cancellationToken: cancellationToken));
                moved++;
            }
            cursor = rows[^1].Id;
            await connection.ExecuteAsync(new CommandDefinition("UPDATE key_rotations SET version_cursor = @Cursor WHERE to_key_id = @Target",
                new { Cursor = cursor, Target }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private sealed class RotationState
    {
        public Guid? CursorId { get; init; }
        public long ComplaintsDone { get; init; }
        public long VersionCursor { get; init; }
    }

    private sealed class StoredRow
    {
        public Guid Id { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public string Channel { get; init; } = "";
        public byte[] Personal { get; init; } = [];
        public long TargetHashes { get; init; }
    }

    private sealed class VersionRow
    {
        public long Id { get; init; }
        public byte[] Personal { get; init; } = [];
    }
}
