using Triage.Complaints;
using Triage.Contracts;
using Triage.Rescoring;
using Triage.Scoring.Clusters;
using Triage.Signals.Clusters;
using static Triage.Tests.Rescoring.Hindsight;

namespace Triage.Tests.Rescoring;

// HindsightClusterUpdates: each touched cluster's size, risk and flag once the moves are written, and what is
// published about it. Limits: a cluster is flagged at 3 members and risk 0.5.
public class When_hindsight_cluster_updates_are_decided
{
    private static readonly Guid Run = Guid.Parse("00000000-0000-0000-0000-0000000000ff");
    private readonly Guid[] _c = Hindsight.Complaints(8);

    [Test]
    public void Should_raise_the_flag_of_a_cluster_that_gains_enough_and_merge_the_one_it_emptied_into_it()
    {
        var changes = Decide([[_c[0], _c[1], _c[2]]], new() { [_c[0]] = "A", [_c[1]] = "A", [_c[2]] = "B" },
            [Open("A", size: 2, risk: 0.4), Open("B", size: 1, risk: 0.9)], Figures("A", 3, 0.7));

        Assert.That(changes.Updates, Is.EqualTo(new[]
        {
            new ClusterUpdate("A", 3, 0.7, true, Monday, Monday, null),
            new ClusterUpdate("B", 0, 0.0, false, null, null, "A"),
        }));
        Assert.That(changes.Flagged.Select(f => (f.ClusterId, f.Size, f.Risk)), Is.EqualTo(new[] { ("A", 3, 0.7) }));
        Assert.That(changes.Updated.Select(u => (u.ClusterId, u.Suspect, u.WasSuspect, u.MergedInto)), Is.EqualTo(new[] { ("A", true, false, (string?)null), ("B", false, false, "A") }));
        Assert.That(changes.Updated[0].Joined, Is.EqualTo(new[] { _c[2] }));
        Assert.That(changes.Updated[1].Left, Is.EqualTo(new[] { _c[2] }));
        Assert.That(changes.Updated, Has.All.Matches<ClusterUpdated>(u => u.RunId == Run && u.UpdatedAt == Monday));
        Assert.That((changes.Raised, changes.Lowered), Is.EqualTo((1, 0)));
        Assert.That(changes.FlagChanged, Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void Should_lower_the_flag_of_an_open_cluster_whose_risk_fell_below_the_limit()
    {
        var changes = Decide([[_c[0], _c[1], _c[2]]], new() { [_c[0]] = "A", [_c[1]] = "A", [_c[2]] = "A" },
            [Open("A", size: 3, risk: 0.8, suspect: true)], Figures("A", 3, 0.2));

        Assert.That(changes.Updates.Single().Suspect, Is.False);
        Assert.That(changes.Flagged, Is.Empty);
        Assert.That((changes.Raised, changes.Lowered), Is.EqualTo((0, 1)));
        Assert.That(changes.FlagChanged, Is.EqualTo(new[] { "A" }), "its members are routed again");
    }

    [Test]
    public void Should_keep_the_analysts_verdict_on_a_decided_cluster_whatever_its_risk()
    {
        var confirmed = new ClusterRow { Id = "K", Status = "confirmed", Suspect = true, Size = 2, Risk = 0.9, CreatedAt = Monday };

        var changes = Decide([[_c[0], _c[1]]], new() { [_c[0]] = "K", [_c[1]] = "K" }, [confirmed], Figures("K", 2, 0.1));

        Assert.That(changes.Updates, Is.EqualTo(new[] { new ClusterUpdate("K", 2, 0.1, true, Monday, Monday, null) }), "the new risk is written, the flag stays");
        Assert.That(changes.Updated, Is.Empty, "nobody came or went and the flag did not change");
    }

    [Test]
    public void Should_leave_a_cluster_alone_when_its_figures_flag_and_members_are_unchanged()
    {
        var changes = Decide([[_c[0], _c[1]]], new() { [_c[0]] = "A", [_c[1]] = "A" }, [Open("A", size: 2, risk: 0.3)], Figures("A", 2, 0.3));

        Assert.That(changes.Updates, Is.Empty);
        Assert.That(changes.Updated, Is.Empty);
        Assert.That(changes.Flagged, Is.Empty);
    }

    [Test]
    public void Should_start_a_new_cluster_open_and_empty_and_flag_it_when_it_meets_the_limits()
    {
        var changes = Decide([[_c[0], _c[1], _c[2]]], new(), [], Figures("NEW", 3, 0.9));

        Assert.That(changes.Updates, Is.EqualTo(new[] { new ClusterUpdate("NEW", 3, 0.9, true, Monday, Monday, null) }));
        Assert.That(changes.Flagged.Single().ClusterId, Is.EqualTo("NEW"));
        Assert.That(changes.Updated.Single().Joined, Is.EquivalentTo(new[] { _c[0], _c[1], _c[2] }));
    }

    private HindsightClusterUpdates Decide(List<Guid[]> components, Dictionary<Guid, string?> stored, ClusterRow[] before,
        params ClusterFigures[] figures)
    {
        var rows = before.ToDictionary(r => r.Id);
        var window = _c.ToHashSet();
        var plan = Hindsight.Plan(components, window, stored, before.Select(r => new HindsightClusterPlan.StoredCluster(r.Id, r.Status, r.Suspect, r.CreatedAt)));
        var moves = HindsightClusterMoves.Place(plan, plan.NewClusters.Select((_, i) => i == 0 ? "NEW" : $"NEW{i}").ToList(), window, stored);
        return HindsightClusterUpdates.Decide(moves, rows, figures.ToDictionary(f => f.Id), new ClusterOptions(), Run, Monday);
    }

    private static ClusterRow Open(string id, int size, double risk, bool suspect = false) =>
        new() { Id = id, Status = "open", Suspect = suspect, Size = size, Risk = risk, CreatedAt = Monday };

    private static ClusterFigures Figures(string id, long size, double risk) => new() { Id = id, Size = size, Risk = risk, First = Monday, Last = Monday };
}
