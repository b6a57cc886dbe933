namespace Triage.Rescoring;

// What asking for a run gave: the run (new, or the one its trigger key already started), or, when a run over an
// overlapping window is still queued or running, that run and nothing new.
public sealed record RescoringStart(Guid RunId, bool Overlaps)
{
    public static RescoringStart Started(Guid runId) => new(runId, false);

    public static RescoringStart BlockedBy(Guid runningRunId) => new(runningRunId, true);
}
