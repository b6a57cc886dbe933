using System.Globalization;
using Triage.Signals.Clusters;

namespace Triage.Routing;

// Where a complaint goes, and why in words an analyst or handler can check. An analyst's verdict on the complaint itself
// comes first, then one on its cluster (PIPL art. 24: a person can override the model), then the complaint's own
// decision (scoring's, at the one threshold: the model's own or Triage:Scoring:Threshold), then its cluster's flag.
// Every outcome is a queue someone works: nothing is closed or dropped here.
public sealed class RouteDecider
{
    public RouteDecision Decide(RouteFacts facts, Func<string> inferCategory)
    {
        if (facts.AnalystVerdict is { } suspect)
            return suspect
                ? new RouteDecision(RouteDecision.FraudReview, "分析员判定此投诉可疑")
                : Handling(facts, inferCategory, "分析员判定此投诉正常");
        var cluster = facts.Cluster;
        if (cluster is { Status: ClusterState.Dismissed })
            return Handling(facts, inferCategory, $"所属群组 {cluster.Id} 已被分析员排除");
        if (cluster is { Status: ClusterState.Confirmed })
            return new RouteDecision(RouteDecision.FraudReview, $"所属群组 {cluster.Id} 已被分析员确认");
        if (facts.Suspect)
            return new RouteDecision(RouteDecision.FraudReview, $"可疑：模型 {facts.ModelVersion} 评分 {F(facts.Score)}");
        if (RoutedByCluster(facts) && cluster is not null)
            return new RouteDecision(RouteDecision.FraudReview,
                $"属于可疑群组 {cluster.Id}：{(cluster.Evidence ?? new ClusterEvidence(cluster.Size, 0, 0)).Describe()}，群组风险 {F(cluster.Risk)}");
        return Handling(facts, inferCategory, $"不可疑：模型 {facts.ModelVersion} 评分 {F(facts.Score)}");
    }

    // True when the cluster's flag is what sends the complaint to the fraud team (its reason then says what ties the
    // cluster together): no verdict on the complaint, not suspect itself, an open suspect cluster.
    public static bool RoutedByCluster(RouteFacts facts) =>
        facts is { AnalystVerdict: null, Suspect: false, Cluster: { Suspect: true, Status: ClusterState.Open } };

    // A complaint the pipeline could not process goes to handling as well, so that a person answers it.
    public static RouteDecision Unprocessed(string? deskCategory, Func<string> inferCategory, string why) => Handling(deskCategory, inferCategory, why);

    private static RouteDecision Handling(RouteFacts facts, Func<string> inferCategory, string why) => Handling(facts.DeskCategory, inferCategory, why);

    private static RouteDecision Handling(string? deskCategory, Func<string> inferCategory, string why) =>
        deskCategory is { Length: > 0 } category
            ? new RouteDecision($"handling/{category}", $"{why}；类别取自受理台")
            : new RouteDecision($"handling/{inferCategory()}", $"{why}；类别由文本推断");

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
