namespace Triage.Rescoring;

// One phase of a rescoring run: plan (the window split into chunks, in the request), queue (waiting for a worker),
// window (the first worker reading the window into memory), chunks (rescoring every chunk), clusters (the last step).
public sealed record RunPhase(string Name, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, double? Seconds)
{
    public static IReadOnlyList<RunPhase> Of(RunRow row)
    {
        var phases = new List<RunPhase>();
        void Add(string name, DateTimeOffset? from, DateTimeOffset? to)
        {
            if (from is { } start)
                phases.Add(new RunPhase(name, start, to, to is { } end ? Math.Round((end - start).TotalSeconds, 3) : null));
        }
        Add("plan", row.CreatedAt, row.PlannedAt);
        Add("queue", row.PlannedAt, row.ChunksStartedAt);
        Add("window", row.ChunksStartedAt, row.WindowReadAt);
        Add("chunks", row.WindowReadAt, row.ChunksDoneAt);
        Add("clusters", row.ClustersStartedAt, row.FinishedAt);
        return phases;
    }
}
