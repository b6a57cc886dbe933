using System.Data.Common;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Scoring;
using Triage.Storage;

namespace Triage.Rescoring;

// A chunk's changed decisions: chosen against what is stored (Among), then written at once (ScoreWriter) with their
// ComplaintScored events.
public static class ChangedDecisions
{
    private const double ScoreTolerance = 1e-6;

    // The complaints whose hindsight decision differs from the stored one (score, flag or model version), with the
    // cluster each is in. A complaint no longer stored is passed over; one never scored counts as changed.
    public static List<(Guid Id, TriageResult Decision, string? ClusterId)> Among(IReadOnlyList<Guid> complaints, IReadOnlyList<TriageResult> decisions,
        IReadOnlyDictionary<Guid, StoredDecision> stored)
    {
        var changes = new List<(Guid Id, TriageResult Decision, string? ClusterId)>();
        for (var i = 0; i < complaints.Count; i++)
        {
            var decision = decisions[i];
            if (stored.GetValueOrDefault(complaints[i]) is not { } before)
                continue;
            if (before.Score is { } score && Math.Abs(score - decision.Score) < ScoreTolerance && (before.Suspect == true) == decision.Suspect && before.ModelVersion == decision.ModelVersion)
                continue;
            changes.Add((complaints[i], decision, before.ClusterId));
        }
        return changes;
    }

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

// A complaint's decision as stored before its chunk is rescored.
public sealed class StoredDecision
{
    public Guid Id { get; init; }
    public double? Score { get; init; }
    public bool? Suspect { get; init; }
    public string? ModelVersion { get; init; }
    public string? ClusterId { get; init; }
}
