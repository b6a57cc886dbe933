namespace Triage.Routing;

public static class RoutingOptions
{
    public const string Section = "Triage:Routing";

    // Routing once had its own suspect threshold beside scoring's; two settings could disagree. The one threshold is
    // Triage:Scoring:Threshold (unset: the model's own), and routing follows scoring's decision. A configuration that
    // still sets the old one is refused at start rather than silently ignored.
    public const string RetiredSuspectScore = Section + ":SuspectScore";

    // true (the default): routing takes scored complaints in batches (ComplaintScoredBatchConsumer); false, one per message.
    public const string Batches = Section + ":Batches";
}
