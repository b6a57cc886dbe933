using System.Diagnostics.Metrics;

namespace Triage.Intake;

public static class IntakeMetrics
{
    private static readonly Meter Meter = new("Triage.Intake");

    public static readonly Counter<long> ComplaintsStored = Meter.CreateCounter<long>("triage_complaints_stored", "{complaint}", "New complaints stored by intake");

    public static readonly Counter<long> ComplaintsConflicting = Meter.CreateCounter<long>("triage_complaints_conflicting", "{complaint}",
        "Resubmissions of a known externalId with different content, refused with 409");

    public static readonly Counter<long> ComplaintsAmended = Meter.CreateCounter<long>("triage_complaints_amended", "{complaint}", "Complaints amended by a desk");

    public static readonly Counter<long> ComplaintsRejected = Meter.CreateCounter<long>("triage_complaints_rejected", "{complaint}", "Complaints refused by validation");
}
