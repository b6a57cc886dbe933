using Triage.Complaints;

namespace Triage.Routing.Reconciliation;

// Where a complaint was stuck: not yet scored, or scored but not routed.
public static class FaultStage
{
    public const string Scoring = "scoring";
    public const string Routing = "routing";

    public static string Of(string status) => status == ComplaintStatus.Received ? Scoring : Routing;
}
