using System.Diagnostics.Metrics;

namespace Triage.Scoring;

public static class ScoringMetrics
{
    private static readonly Meter Meter = new("Triage.Scoring");

    public static readonly Counter<long> Scored = Meter.CreateCounter<long>("triage_complaints_scored", "{complaint}", "Complaints scored online");
}
