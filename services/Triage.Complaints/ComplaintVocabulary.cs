namespace Triage.Complaints;

public static class ComplaintVocabulary
{
    // The fraud team's queue; every other route is handling/<category>.
    public const string FraudReview = "fraud-review";

    public static readonly IReadOnlySet<string> Channels = new HashSet<string>
        { "app", "web", "hotline", "email", "letter", "regulator", "social", "branch", "other" };

    public static readonly IReadOnlySet<string> Categories = new HashSet<string>
        { "collection", "fees", "deduction", "credit-report", "privacy", "insurance", "service", "other" };

    public static readonly IReadOnlySet<string> Relations = new HashSet<string> { "family", "lawyer", "agent", "other" };

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string> { ComplaintStatus.Received, ComplaintStatus.Scored, ComplaintStatus.Routed };

    // The statuses before a complaint is answered: a desk may still amend it. A status added later (answered, say)
    // is not amendable until it is named here.
    public static readonly IReadOnlySet<string> Amendable = new HashSet<string> { ComplaintStatus.Received, ComplaintStatus.Scored, ComplaintStatus.Routed };
}
