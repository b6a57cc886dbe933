using System.Diagnostics.Metrics;

namespace Triage.Routing.Reconciliation;

public static class ReconcilerMetrics
{
    private static readonly Meter Meter = new("Triage.Reconciler");
    private static readonly Counter<long> RedrivenCounter = Meter.CreateCounter<long>("triage_reconciler_redriven", "{complaint}", "Complaints sent through scoring or routing again because they had no route after the bound");
    private static readonly Counter<long> ParkedCounter = Meter.CreateCounter<long>("triage_faults_parked", "{complaint}", "Complaints parked as faults and routed to handling after the last re-drive");
    private static readonly Counter<long> RetriedCounter = Meter.CreateCounter<long>("triage_faults_retried", "{fault}", "Faults an admin re-drove");
    private static readonly Counter<long> RecordedCounter = Meter.CreateCounter<long>("triage_processing_failures", "{message}", "Scoring or routing messages that failed after every retry");

    public static void Redriven(int count)
    {
        if (count > 0)
            RedrivenCounter.Add(count);
    }

    public static void Parked(int count)
    {
        if (count > 0)
            ParkedCounter.Add(count);
    }

    public static void Retried() => RetriedCounter.Add(1);

    public static void FailureRecorded(string stage) => RecordedCounter.Add(1, new KeyValuePair<string, object?>("stage", stage));
}
