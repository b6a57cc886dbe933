namespace Triage.Routing;

public sealed class RoutingOptions
{
    public const string Section = "Triage:Routing";

    // Scores at or above this go to the fraud team; unset, the model's own calibrated threshold decides.
    public double? SuspectScore { get; set; }
}
