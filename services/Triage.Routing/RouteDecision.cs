using Triage.Complaints;

namespace Triage.Routing;

public sealed record RouteDecision(string Destination, string Reason)
{
    public const string FraudReview = ComplaintVocabulary.FraudReview;

    public bool IsFraudReview => Destination == FraudReview;
}
