using System.Data.Common;
using System.Text.Json;
using Dapper;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Scoring;
using Triage.Storage;

namespace Triage.Rescoring;

// A chunk's changed decisions written at once: on PostgreSQL one statement each for the complaints, their score
// history and their ComplaintScored events, whatever the number; on SQLite row by row, which costs no round trips.
public static class ChangedDecisions
{
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        IReadOnlyList<(Guid Id, TriageResult Decision, string? ClusterId)> changes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
            return;
        var rows = changes.Select(c => new
        {
            c.Id, c.Decision.Score, Suspect = c.Decision.Suspect ? 1 : 0, Reasons = JsonSerializer.Serialize(c.Decision.Reasons),
            c.Decision.ModelVersion, c.Decision.ScoredAt,
        }).ToList();
        if (dialect.Provider == StorageProvider.Postgres)
        {
            var columns = new
            {
                Ids = rows.Select(r => r.Id).ToArray(), Scores = rows.Select(r => r.Score).ToArray(), Suspects = rows.Select(r => r.Suspect).ToArray(),
                Reasons = rows.Select(r => r.Reasons).ToArray(), Models = rows.Select(r => r.ModelVersion).ToArray(), At = rows[0].ScoredAt,
            };
            await connection.ExecuteAsync(
                new CommandDefinition("""
                UPDATE complaints AS c SET status = CASE WHEN c.status = 'received' THEN 'scored' ELSE c.status END,
                    triage_score = u.score, triage_suspect = u.suspect, triage_reasons = u.reasons, triage_model_version = u.model, triage_scored_at = @At
                FROM unnest(@Ids, @Scores, @Suspects, @Reasons, @Models) AS u(id, score, suspect, reasons, model)
                WHERE c.id = u.id;
                INSERT INTO complaint_scores (complaint_id, score, suspect, reasons, model_version, mode, scored_at)
                SELECT id, score, suspect, reasons, model, 'hindsight', @At FROM unnest(@Ids, @Scores, @Suspects, @Reasons, @Models) AS u(id, score, suspect, reasons, model);
                """,
                columns, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            await connection.ExecuteAsync(
                new CommandDefinition("""
                UPDATE complaints SET status = CASE WHEN status = 'received' THEN 'scored' ELSE status END,
                    triage_score = @Score, triage_suspect = @Suspect, triage_reasons = @Reasons, triage_model_version = @ModelVersion, triage_scored_at = @ScoredAt
                WHERE id = @Id;
                INSERT INTO complaint_scores (complaint_id, score, suspect, reasons, model_version, mode, scored_at)
                VALUES (@Id, @Score, @Suspect, @Reasons, @ModelVersion, 'hindsight', @ScoredAt);
                """,
                rows, transaction, cancellationToken: cancellationToken));
        }
        await Outbox.EnqueueManyAsync(connection, transaction,
            changes.Select(c => new ComplaintScored(c.Id, c.Decision.Score, c.Decision.Suspect, c.Decision.ModelVersion, c.Decision.ScoredAt, c.ClusterId)).ToList(),
            dialect, clock, cancellationToken);
    }
}
