namespace Triage.Messaging;

// The tag that finds a complaint's journey in a trace store (Jaeger: Tags `triage.complaint.id=<id>`).
public static class ComplaintTracing
{
    public const string ComplaintId = "triage.complaint.id";
}
