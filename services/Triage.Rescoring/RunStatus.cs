namespace Triage.Rescoring;

// Where a rescoring run is (rescoring_runs.status): queued until its first chunk starts, running until its clusters
// are recomputed, then completed; failed when a chunk could not be rescored.
public static class RunStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
