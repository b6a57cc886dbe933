using System.Globalization;

namespace Triage.Routing;

// Where a complaint goes, and why in words an analyst or handler can check. An analyst's verdict on the complaint itself
// comes first, then one on its cluster (PIPL art. 24: a person can override the model), then the complaint's own
// score, then its cluster's flag.
// Every outcome is a queue someone works: nothing is closed or dropped here.
public sealed class RouteDecider(RoutingOptions options)
{
    public RouteDecision Decide(RouteFacts facts, Func<string> inferCategory)
    {
        if (facts.AnalystVerdict is { } suspect)
            return suspect
                ? new RouteDecision(RouteDecision.FraudReview, "an analyst judged this complaint suspect")
                : Handling(facts, inferCategory, "an analyst judged this complaint honest");
        var cluster = facts.Cluster;
        if (cluster is { Status: ClusterState.Dismissed })
            return Handling(facts, inferCategory, $"cluster {cluster.Id} was dismissed by an analyst");
        if (cluster is { Status: ClusterState.Confirmed })
            return new RouteDecision(RouteDecision.FraudReview, $"cluster {cluster.Id} was confirmed by an analyst");
        if (options.SuspectScore is { } limit ? facts.Score >= limit : facts.Suspect)
            return new RouteDecision(RouteDecision.FraudReview, $"suspect: score {F(facts.Score)} from model {facts.ModelVersion}");
        if (cluster is { Suspect: true })
            return new RouteDecision(RouteDecision.FraudReview,
                $"member of suspect cluster {cluster.Id} ({cluster.Size} complaints, risk {F(cluster.Risk)})");
        return Handling(facts, inferCategory, $"not suspect: score {F(facts.Score)} from model {facts.ModelVersion}");
    }

    private static RouteDecision Handling(RouteFacts facts, Func<string> inferCategory, string why) =>
        facts.DeskCategory is { Length: > 0 } category
            ? new RouteDecision($"handling/{category}", $"{why}; category from the desk")
            : new RouteDecision($"handling/{inferCategory()}", $"{why}; category inferred from the text");

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
