using System.Text.RegularExpressions;
using Triage.Routing;
using Triage.Signals.Clusters;

namespace Triage.Tests.Routing;

public partial class When_a_route_is_decided
{
    private const string ClusterId = "CL-0A1B2C3D4E5F";
    private const string Model = "suspect-2026.11.01";

    private static readonly string[] FixedWords =
    [
        "分析员判定此投诉可疑", "分析员判定此投诉正常", "所属群组", "已被分析员排除", "已被分析员确认", "可疑", "模型", "评分", "属于可疑群组", "共",
        "件投诉", "群组风险", "不可疑", "类别取自受理台", "类别由文本推断", "其中", "件共用同一代理标识", "件文本互为模板副本",
    ];

    private int _inferred;

    [SetUp]
    public void ResetCounter() => _inferred = 0;

    [Test]
    public void Should_send_a_dismissed_clusters_member_to_its_desk_category_even_with_a_suspect_score()
    {
        var route = Decide(new RouteFacts(0.97, true, Model, Cluster(ClusterState.Dismissed, suspect: true), "fees"));

        Assert.That(route.Destination, Is.EqualTo("handling/fees"));
        Assert.That(route.IsFraudReview, Is.False);
        Assert.That(route.Reason, Does.Contain(ClusterId).And.Contain("已被分析员排除"));
        Assert.That(_inferred, Is.Zero);
    }

    [Test]
    public void Should_infer_the_category_for_a_dismissed_clusters_member_the_desk_left_without_one()
    {
        var route = Decide(new RouteFacts(0.97, true, Model, Cluster(ClusterState.Dismissed, suspect: true), null));

        Assert.That(route.Destination, Is.EqualTo("handling/collection"));
        Assert.That(route.Reason, Does.Contain(ClusterId).And.Contain("由文本推断"));
        Assert.That(_inferred, Is.EqualTo(1));
    }

    [Test]
    public void Should_send_a_confirmed_clusters_member_to_fraud_review_even_with_a_low_score()
    {
        var route = Decide(new RouteFacts(0.05, false, Model, Cluster(ClusterState.Confirmed, suspect: false), "fees"));

        Assert.That(route.Destination, Is.EqualTo(RouteDecision.FraudReview));
        Assert.That(route.IsFraudReview, Is.True);
        Assert.That(route.Reason, Does.Contain(ClusterId).And.Contain("已被分析员确认"));
        Assert.That(_inferred, Is.Zero);
    }

    [Test]
    public void Should_send_a_suspect_score_to_fraud_review()
    {
        var route = Decide(new RouteFacts(0.93, true, Model, null, "fees"));

        Assert.That(route.Destination, Is.EqualTo(RouteDecision.FraudReview));
        Assert.That(route.Reason, Does.Contain("0.93").And.Contain(Model));
        Assert.That(_inferred, Is.Zero);
    }

    [Test]
    public void Should_send_a_member_of_a_suspect_open_cluster_to_fraud_review_naming_the_cluster()
    {
        var route = Decide(new RouteFacts(0.12, false, Model, Cluster(ClusterState.Open, suspect: true), "fees"));

        Assert.That(route.Destination, Is.EqualTo(RouteDecision.FraudReview));
        Assert.That(route.Reason, Does.Contain(ClusterId).And.Contain("共 8 件投诉，其中 6 件共用同一代理标识，5 件文本互为模板副本").And.Contain("0.71"));
        Assert.That(_inferred, Is.Zero);
    }

    [Test]
    public void Should_send_a_member_of_an_open_cluster_that_is_not_suspect_to_its_desk_category()
    {
        var route = Decide(new RouteFacts(0.12, false, Model, Cluster(ClusterState.Open, suspect: false), "privacy"));

        Assert.That(route.Destination, Is.EqualTo("handling/privacy"));
        Assert.That(route.Reason, Does.Contain("不可疑").And.Contain("受理台"));
    }

    [Test]
    public void Should_send_a_complaint_that_is_not_suspect_to_its_desk_category_without_inferring_one()
    {
        var route = Decide(new RouteFacts(0.2, false, Model, null, "credit-report"));

        Assert.That(route.Destination, Is.EqualTo("handling/credit-report"));
        Assert.That(_inferred, Is.Zero);
    }

    [TestCase(null)]
    [TestCase("")]
    public void Should_infer_the_category_once_only_when_the_desk_gave_none(string? deskCategory)
    {
        var route = Decide(new RouteFacts(0.2, false, Model, null, deskCategory));

        Assert.That(route.Destination, Is.EqualTo("handling/collection"));
        Assert.That(route.Reason, Does.Contain("由文本推断"));
        Assert.That(_inferred, Is.EqualTo(1));
    }

    [TestCase(0.85, true, true)]
    [TestCase(0.85, false, false)]
    [TestCase(0.10, true, true)]
    public void Should_follow_the_scoring_decision_not_a_threshold_of_its_own(double score, bool suspect, bool fraudReview)
    {
        var route = Decide(new RouteFacts(score, suspect, Model, null, "fees"));

        Assert.That(route.IsFraudReview, Is.EqualTo(fraudReview));
    }

    [Test, SetCulture("de-DE")]
    public void Should_write_numbers_the_same_way_in_any_culture()
    {
        var route = Decide(new RouteFacts(0.12, false, Model, Cluster(ClusterState.Open, suspect: true), "fees"));

        Assert.That(route.Reason, Does.Contain("群组风险 0.71"));
    }

    [TestCaseSource(nameof(AllFacts))]
    public void Should_give_reasons_of_nothing_but_ids_numbers_and_fixed_words(RouteFacts facts)
    {
        var reason = Decide(facts).Reason;

        var words = Separators().Split(reason.Replace(ClusterId, " ").Replace(Model, " ")).Where(w => w.Length > 0);
        Assert.That(words, Is.All.Matches<string>(w => FixedWords.Contains(w) || Number().IsMatch(w)), reason);
    }

    private static IEnumerable<RouteFacts> AllFacts()
    {
        foreach (var status in new[] { ClusterState.Open, ClusterState.Confirmed, ClusterState.Dismissed })
        foreach (var suspectCluster in new[] { true, false })
        foreach (var (score, suspect) in new[] { (0.97, true), (0.03, false) })
        foreach (var desk in new[] { "fees", null })
            yield return new RouteFacts(score, suspect, Model, Cluster(status, suspectCluster), desk);
        yield return new RouteFacts(0.97, true, Model, null, null);
        yield return new RouteFacts(0.03, false, Model, null, "collection");
    }

    private RouteDecision Decide(RouteFacts facts) =>
        new RouteDecider().Decide(facts, () =>
        {
            _inferred++;
            return "collection";
        });

    private static ClusterState Cluster(string status, bool suspect) => new(ClusterId, status, suspect, 8, 0.714, new ClusterEvidence(8, 6, 5));

    [GeneratedRegex(@"[\s;:,()：，；（）]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Number();
}
