using System.Diagnostics.Metrics;

namespace Triage.Rescoring;

public static class RescoringMetrics
{
    private static readonly Meter Meter = new("Triage.Rescoring");
    private static readonly Histogram<double> PhaseSeconds = Meter.CreateHistogram<double>("triage_rescoring_phase_seconds", "s",
        "How long each phase of a completed rescoring run took (plan, queue, window, chunks, clusters)");
    private static readonly Histogram<double> RunSeconds = Meter.CreateHistogram<double>("triage_rescoring_run_seconds", "s",
        "A completed rescoring run from its request to its completion");

    public static void Completed(RescoringRun run)
    {
        foreach (var phase in run.Phases)
            if (phase.Seconds is { } seconds)
                PhaseSeconds.Record(seconds, new KeyValuePair<string, object?>("phase", phase.Name));
        if (run is { StartedAt: { } started, FinishedAt: { } finished })
            RunSeconds.Record((finished - started).TotalSeconds);
    }
}
