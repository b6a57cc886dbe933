using Triage.Rescoring;
using Stored = Triage.Rescoring.HindsightClusterPlan.StoredCluster;
using static Triage.Tests.Rescoring.Hindsight;

namespace Triage.Tests.Rescoring;

public class When_hindsight_clusters_are_planned
{
    private readonly Guid[] _c = Hindsight.Complaints(12);

    [Test]
    public void Should_move_a_component_into_the_stored_cluster_that_holds_most_of_it()
    {
        var plan = Plan([[_c[0], _c[1], _c[2], _c[3]]], Stored((_c[0], "A"), (_c[1], "A"), (_c[2], "A"), (_c[3], "B")), Open("A", 1), Open("B", 0));

        Assert.That(plan.Moves, Is.EqualTo(new Dictionary<Guid, string?> { [_c[3]] = "A" }));
        Assert.That(plan.NewClusters, Is.Empty);
    }

    [Test]
    public void Should_keep_the_older_cluster_when_two_hold_as_many()
    {
        var plan = Plan([[_c[0], _c[1], _c[2], _c[3]]], Stored((_c[0], "NEW"), (_c[1], "NEW"), (_c[2], "OLD"), (_c[3], "OLD")), Open("NEW", 0), Open("OLD", 5));

        Assert.That(plan.Moves.Keys, Is.EquivalentTo(new[] { _c[0], _c[1] }));
        Assert.That(plan.Moves.Values, Is.All.EqualTo("OLD"));
    }

    [Test]
    public void Should_give_the_smaller_part_of_a_split_cluster_a_new_cluster()
    {
        var plan = Plan([[_c[0], _c[1], _c[2]], [_c[3], _c[4]]], Stored((_c[0], "A"), (_c[1], "A"), (_c[2], "A"), (_c[3], "A"), (_c[4], "A")), Open("A", 1));

        Assert.That(plan.Moves, Is.Empty);
        Assert.That(plan.NewClusters, Has.Count.EqualTo(1));
        Assert.That(plan.NewClusters[0], Is.EquivalentTo(new[] { _c[3], _c[4] }));
    }

    [Test]
    public void Should_form_a_new_cluster_of_complaints_the_online_view_left_unclustered()
    {
        var plan = Plan([[_c[0], _c[1], _c[2]]], Stored());

        Assert.That(plan.Moves, Is.Empty);
        Assert.That(plan.NewClusters.Single(), Is.EquivalentTo(new[] { _c[0], _c[1], _c[2] }));
    }

    [Test]
    public void Should_take_a_complaint_that_links_to_nobody_out_of_its_cluster()
    {
        var plan = Plan([], Stored((_c[0], "A"), (_c[1], "A")), Open("A", 1));

        Assert.That(plan.Moves, Is.EqualTo(new Dictionary<Guid, string?> { [_c[0]] = null, [_c[1]] = null }));
    }

    [Test]
    public void Should_leave_members_of_decided_clusters_where_they_are_and_never_fill_a_dismissed_one()
    {
        var plan = Plan([[_c[0], _c[1], _c[2], _c[3], _c[4]], [_c[5], _c[6]]],
            Stored((_c[0], "D"), (_c[1], "D"), (_c[2], "D"), (_c[3], "C"), (_c[5], "C"), (_c[6], "C")),
            new Stored("D", "dismissed", false, Monday), new Stored("C", "confirmed", true, Monday));

        Assert.That(plan.Moves.Keys, Does.Not.Contain(_c[0]).And.Not.Contain(_c[3]).And.Not.Contain(_c[5]));
        Assert.That(plan.Moves[_c[4]], Is.EqualTo("C"), "the confirmed cluster takes the unclustered member of its component");
    }

    [Test]
    public void Should_not_move_complaints_of_the_context_around_the_window()
    {
        var context = _c[11];
        var plan = HindsightClusterPlan.Build([[_c[0], _c[1], context]], new HashSet<Guid> { _c[0], _c[1] },
            Stored((_c[0], "A"), (context, "B")), new Dictionary<string, Stored> { ["A"] = Open("A", 1), ["B"] = Open("B", 0) });

        Assert.That(plan.Moves, Is.EqualTo(new Dictionary<Guid, string?> { [_c[1]] = "A" }), "the context complaint stays in B");
    }

    private HindsightClusterPlan Plan(List<Guid[]> components, Dictionary<Guid, string?> stored, params Stored[] clusters) =>
        Hindsight.Plan(components, _c.Take(11).ToHashSet(), stored, clusters);

    private static Dictionary<Guid, string?> Stored(params (Guid Complaint, string Cluster)[] members) =>
        members.ToDictionary(m => m.Complaint, m => (string?)m.Cluster);

    private static Stored Open(string id, int daysOld) => new(id, "open", false, Monday.AddDays(-daysOld));
}
