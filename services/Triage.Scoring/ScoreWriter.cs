using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Storage;

namespace Triage.Scoring;

// The one place a score is written: the complaint's current triage (its triage_* columns) and a row of its score
// history (complaint_scores, HistoryColumns). Online, only a complaint still waiting for its score is scored (a second
// message for it, a re-drive racing a slow original or a copy after a broker failover, changes nothing); in hindsight
// every changed decision of a chunk is written at once. The bulk loader copies the same history columns.
public static class ScoreWriter
{
    public const string HistoryColumns = "complaint_id, score, suspect, reasons, model_version, mode, scored_at";
    public const string Online = "online";
    public const string Hindsight = "hindsight";

    // False when the complaint was scored already: the caller then writes and sends nothing for it.
    public static async Task<bool> ClaimAsync(DbConnection connection, DbTransaction transaction, Guid complaintId, TriageResult result,
        CancellationToken cancellationToken)
    {
        var row = Row(complaintId, result);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE complaints SET status = 'scored',
                triage_score = @Score, triage_suspect = @Suspect, triage_reasons = @Reasons, triage_model_version = @ModelVersion, triage_scored_at = @ScoredAt
            WHERE id = @Id AND status = 'received'
            """, row, transaction, cancellationToken: cancellationToken));
        if (claimed == 0)
            return false;
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO complaint_scores ({HistoryColumns}) VALUES (@Id, @Score, @Suspect, @Reasons, @ModelVersion, '{Online}', @ScoredAt)",
            row, transaction, cancellationToken: cancellationToken));
        return true;
    }

    // Many complaints at once, with the same rule: the ids of those still waiting, now scored. On PostgreSQL one
    // statement (the claim and the history rows together); on SQLite one complaint at a time, which costs no round trips.
    public static async Task<HashSet<Guid>> ClaimManyAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        IReadOnlyList<(Guid Id, TriageResult Decision)> decisions, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<Guid>();
        if (decisions.Count == 0)
            return claimed;
        if (dialect.Provider != StorageProvider.Postgres)
        {
            foreach (var (id, decision) in decisions)
                if (await ClaimAsync(connection, transaction, id, decision, cancellationToken))
                    claimed.Add(id);
            return claimed;
        }
        var rows = decisions.DistinctBy(d => d.Id).Select(d => Row(d.Id, d.Decision)).OrderBy(r => r.Id).ToList();
        claimed.UnionWith(await connection.QueryAsync<Guid>(new CommandDefinition(
            $"""
            WITH u AS (SELECT * FROM unnest(@Ids, @Scores, @Suspects, @Reasons, @Models, @At) AS u(id, score, suspect, reasons, model, scored_at)),
            claimed AS (
                UPDATE complaints AS c SET status = 'scored',
                    triage_score = u.score, triage_suspect = u.suspect, triage_reasons = u.reasons, triage_model_version = u.model, triage_scored_at = u.scored_at
                FROM u WHERE c.id = u.id AND c.status = 'received'
                RETURNING c.id)
            INSERT INTO complaint_scores ({HistoryColumns})
            SELECT u.id, u.score, u.suspect, u.reasons, u.model, '{Online}', u.scored_at FROM u JOIN claimed ON claimed.id = u.id
            RETURNING complaint_id
            """,
            new
            {
                Ids = rows.Select(r => r.Id).ToArray(), Scores = rows.Select(r => r.Score).ToArray(), Suspects = rows.Select(r => r.Suspect).ToArray(),
                Reasons = rows.Select(r => r.Reasons).ToArray(), Models = rows.Select(r => r.ModelVersion).ToArray(),
                At = rows.Select(r => r.ScoredAt.ToUniversalTime()).ToArray(),
            },
            transaction, cancellationToken: cancellationToken)));
        return claimed;
    }

    // On PostgreSQL one statement for the complaints and one for their history, whatever the number; on SQLite row by
    // row, which costs no round trips. A complaint still waiting for its online score counts as scored.
    public static async Task WriteHindsightAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        IReadOnlyList<(Guid Id, TriageResult Decision)> decisions, CancellationToken cancellationToken)
    {
        if (decisions.Count == 0)
            return;
        var rows = decisions.Select(d => Row(d.Id, d.Decision)).ToList();
        if (dialect.Provider == StorageProvider.Postgres)
        {
            var columns = new
            {
                Ids = rows.Select(r => r.Id).ToArray(), Scores = rows.Select(r => r.Score).ToArray(), Suspects = rows.Select(r => r.Suspect).ToArray(),
                Reasons = rows.Select(r => r.Reasons).ToArray(), Models = rows.Select(r => r.ModelVersion).ToArray(), At = rows[0].ScoredAt,
            };
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE complaints AS c SET status = CASE WHEN c.status = 'received' THEN 'scored' ELSE c.status END,
                    triage_score = u.score, triage_suspect = u.suspect, triage_reasons = u.reasons, triage_model_version = u.model, triage_scored_at = @At
                FROM unnest(@Ids, @Scores, @Suspects, @Reasons, @Models) AS u(id, score, suspect, reasons, model)
                WHERE c.id = u.id;
                INSERT INTO complaint_scores ({HistoryColumns})
                SELECT id, score, suspect, reasons, model, '{Hindsight}', @At FROM unnest(@Ids, @Scores, @Suspects, @Reasons, @Models) AS u(id, score, suspect, reasons, model);
                """,
                columns, transaction, cancellationToken: cancellationToken));
            return;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE complaints SET status = CASE WHEN status = 'received' THEN 'scored' ELSE status END,
                triage_score = @Score, triage_suspect = @Suspect, triage_reasons = @Reasons, triage_model_version = @ModelVersion, triage_scored_at = @ScoredAt
            WHERE id = @Id;
            INSERT INTO complaint_scores ({HistoryColumns}) VALUES (@Id, @Score, @Suspect, @Reasons, @ModelVersion, '{Hindsight}', @ScoredAt);
            """,
            rows, transaction, cancellationToken: cancellationToken));
    }

    private static ScoreRow Row(Guid id, TriageResult result) =>
        new(id, result.Score, result.Suspect ? 1 : 0, JsonSerializer.Serialize(result.Reasons), result.ModelVersion, result.ScoredAt);

    private sealed record ScoreRow(Guid Id, double Score, int Suspect, string Reasons, string ModelVersion, DateTimeOffset ScoredAt);
}
