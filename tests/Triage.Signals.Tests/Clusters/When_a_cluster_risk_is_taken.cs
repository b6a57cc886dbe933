using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

public class When_a_cluster_risk_is_taken
{
    [Test]
    public void Should_be_the_members_mean_score()
    {
        Assert.That(ClusterRisk.From([0.9, 0.2, 0.4]), Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void Should_not_be_suspect_for_one_suspect_member_among_quiet_ones()
    {
        var options = new ClusterOptions();

        var risk = ClusterRisk.From([0.99, 0.1, 0.1, 0.1]);

        Assert.That(options.IsFlagged(4, risk), Is.False);
    }

    [Test]
    public void Should_be_zero_for_no_members()
    {
        Assert.That(ClusterRisk.From([]), Is.Zero);
    }

    [TestCase(2, 0.9, false)]
    [TestCase(3, 0.49, false)]
    [TestCase(3, 0.5, true)]
    public void Should_flag_a_cluster_only_at_the_least_size_and_risk(int size, double risk, bool flagged)
    {
        Assert.That(new ClusterOptions().IsFlagged(size, risk), Is.EqualTo(flagged));
    }
}
