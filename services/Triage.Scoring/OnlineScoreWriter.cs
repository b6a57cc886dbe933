using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Triage.Scoring;

// How an online score is written, for one complaint at a time and for a batch alike: only a complaint still waiting
// for its score is scored (a second message for it, a re-drive racing a slow original or a copy after a broker
// failover, changes nothing), and the score is kept in complaint_scores beside the complaint's current triage.
public static class OnlineScoreWriter
{
    // False when the complaint was scored already: the caller then writes and sends nothing for it.
    public static async Task<bool> ClaimAsync(DbConnection connection, DbTransaction transaction, Guid complaintId, TriageResult result,
        CancellationToken cancellationToken)
    {
        var row = new
        {
            Id = complaintId, result.Score, Suspect = result.Suspect ? 1 : 0, Reasons = JsonSerializer.Serialize(result.Reasons), result.ModelVersion,
            result.ScoredAt,
        };
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE complaints SET status = 'scored',
                triage_score = @Score, triage_suspect = @Suspect, triage_reasons = @Reasons, triage_model_version = @ModelVersion, triage_scored_at = @ScoredAt
            WHERE id = @Id AND status = 'received'
            """, row, transaction, cancellationToken: cancellationToken));
        if (claimed == 0)
            return false;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO complaint_scores (complaint_id, score, suspect, reasons, model_version, mode, scored_at)
            VALUES (@Id, @Score, @Suspect, @Reasons, @ModelVersion, 'online', @ScoredAt)
            """, row, transaction, cancellationToken: cancellationToken));
        return true;
    }
}
