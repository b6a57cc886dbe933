using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Triage.Complaints;
using Triage.ServiceDefaults;

namespace Triage.Intake;

// Which of a complaint's fields a caller's role gets, and which filters it may use (OWASP API3): the one place that decides.
// Desks answer complainants. A suspicion they can see biases the answer and can tip an outfit off (docs/domain.md,
// principle 6), so they learn where a complaint is and since when, never why it is suspected: no triage (score, flag,
// reasons, cluster, model) and a route reason that says nothing about suspicion. Analysts and admins get everything.
// Anyone who is not an analyst gets the desk's view: a caller the policy does not know gets the least.
public sealed class ComplaintFieldPolicy
{
    public const string FraudReviewReason = "已转交专项核查";
    public const string HandlingReason = "已分派至处理组";

    // Query parameters that would sort or filter by suspicion, today's and any a later endpoint may take.
    private static readonly string[] TriageFilters =
        ["suspect", "score", "minScore", "maxScore", "clusterId", "cluster", "reason", "reasons", "modelVersion", "triage", "risk"];

    public static readonly ComplaintFieldPolicy Everything = new(seesTriage: true);
    public static readonly ComplaintFieldPolicy Desk = new(seesTriage: false);

    private ComplaintFieldPolicy(bool seesTriage) => SeesTriage = seesTriage;

    public bool SeesTriage { get; }

    public static ComplaintFieldPolicy For(ClaimsPrincipal? user) => user?.IsInRole(TriageRoles.Analyst) == true ? Everything : Desk;

    public RouteView? Route(string? destination, DateTimeOffset? routedAt, string? reason) => destination switch
    {
        null => null,
        _ when SeesTriage => new RouteView(destination, routedAt, reason),
        ComplaintVocabulary.FraudReview => new RouteView(destination, routedAt, FraudReviewReason),
        _ when destination.StartsWith("handling/", StringComparison.Ordinal) => new RouteView(destination, routedAt, HandlingReason),
        _ => new RouteView(destination, routedAt, null),
    };

    // 403 naming each filter this caller may not use, or null when it may use them all. Desks may still filter by the
    // handling routes, status, time and externalId: `route=fraud-review` alone would list the suspects.
    public ProblemHttpResult? RefuseFilters(IQueryCollection query)
    {
        if (SeesTriage)
            return null;
        var refused = new Dictionary<string, string[]>();
        foreach (var (name, values) in query)
        {
            if (TriageFilters.Contains(name, StringComparer.OrdinalIgnoreCase))
                refused[name] = ["filters by suspicion, which desks may not see"];
            else if (name.Equals("route", StringComparison.OrdinalIgnoreCase)
                     && values.Any(v => string.Equals(v?.Trim(), ComplaintVocabulary.FraudReview, StringComparison.OrdinalIgnoreCase)))
                refused[name] = [$"{ComplaintVocabulary.FraudReview} lists the complaints suspected of organised filing, which desks may not see; filter by a handling/<category> route instead"];
        }
        return refused.Count == 0
            ? null
            : TypedResults.Problem("Desks may not filter or sort complaints by suspicion (score, suspect flag, cluster or the fraud-review route).",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                extensions: new Dictionary<string, object?> { ["errors"] = refused });
    }
}
