namespace Triage.Routing;

public sealed class RoutingOptions
{
    public const string Section = "Triage:Routing";

    // Scores at or above this go to the fraud team; unset, the model's own calibrated threshold decides.
    public double? SuspectScore { get; set; }

    // Routing takes scored complaints in batches (ComplaintScoredBatchConsumer); false routes one per message.
    public bool Batches { get; set; } = true;
}
