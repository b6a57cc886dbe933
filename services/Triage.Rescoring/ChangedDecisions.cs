using System.Data.Common;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Scoring;
using Triage.Storage;

namespace Triage.Rescoring;

// A chunk's changed decisions written at once (ScoreWriter) with their ComplaintScored events.
public static class ChangedDecisions
{
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        IReadOnlyList<(Guid Id, TriageResult Decision, string? ClusterId)> changes, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
            return;
        await ScoreWriter.WriteHindsightAsync(connection, transaction, dialect, changes.Select(c => (c.Id, c.Decision)).ToList(), cancellationToken);
        await Outbox.EnqueueManyAsync(connection, transaction,
            changes.Select(c => new ComplaintScored(c.Id, c.Decision.Score, c.Decision.Suspect, c.Decision.ModelVersion, c.Decision.ScoredAt, c.ClusterId)).ToList(),
            dialect, clock, cancellationToken);
    }
}
