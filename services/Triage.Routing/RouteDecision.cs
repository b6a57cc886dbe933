namespace Triage.Routing;

public sealed record RouteDecision(string Destination, string Reason)
{
    public const string FraudReview = "fraud-review";

    public bool IsFraudReview => Destination == FraudReview;
}
