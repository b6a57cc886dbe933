using Triage.Rescoring;
using Triage.Signals.Clusters;
using Stored = Triage.Rescoring.HindsightClusterPlan.StoredCluster;
using static Triage.Tests.Rescoring.Hindsight;

namespace Triage.Tests.Rescoring;

// HindsightClusterMoves: a plan made concrete before anything is written.
public class When_hindsight_moves_are_placed
{
    private readonly Guid[] _c = Hindsight.Complaints(8);

    [Test]
    public void Should_send_the_members_of_a_new_cluster_to_the_id_it_was_given()
    {
        var (moves, _) = Place([[_c[0], _c[1]], [_c[2], _c[3]]], new() { [_c[0]] = "A", [_c[1]] = "A" }, ["NEW"]);

        Assert.That(moves.Created, Is.EqualTo(new[] { "NEW" }));
        Assert.That(moves.Targets, Is.EqualTo(new Dictionary<Guid, string?> { [_c[2]] = "NEW", [_c[3]] = "NEW" }));
        Assert.That(moves.Joined["NEW"], Is.EquivalentTo(new[] { _c[2], _c[3] }));
        Assert.That(moves.Left, Is.Empty);
    }

    [Test]
    public void Should_count_what_each_cluster_gains_and_loses_and_touch_every_cluster_of_the_window()
    {
        var (moves, _) = Place([[_c[0], _c[1], _c[2]], [_c[3], _c[5]]],
            new() { [_c[0]] = "A", [_c[1]] = "A", [_c[2]] = "B", [_c[3]] = "E", [_c[5]] = "E", [_c[4]] = "C" }, []);

        Assert.That(moves.Targets, Is.EqualTo(new Dictionary<Guid, string?> { [_c[2]] = "A", [_c[4]] = null }), "c4 links to nobody and leaves C");
        Assert.That(moves.Joined, Is.EqualTo(new Dictionary<string, List<Guid>> { ["A"] = [_c[2]] }));
        Assert.That(moves.Left, Is.EqualTo(new Dictionary<string, List<Guid>> { ["B"] = [_c[2]], ["C"] = [_c[4]] }));
        Assert.That(moves.Touched, Is.EqualTo(new[] { "A", "E", "B", "C" }), "E neither gains nor loses, but its members' scores may have moved");
    }

    [Test]
    public void Should_merge_an_emptied_cluster_only_into_the_one_cluster_that_took_all_it_lost()
    {
        var (moves, _) = Place([[_c[0], _c[1], _c[2]], [_c[3], _c[4]]],
            new() { [_c[0]] = "A", [_c[1]] = "A", [_c[2]] = "B", [_c[3]] = "C", [_c[4]] = "C", [_c[5]] = "D" }, []);

        Assert.That(moves.MergedInto(moves.Left["B"]), Is.EqualTo("A"));
        Assert.That(moves.MergedInto(moves.Left["D"]), Is.Null, "D's member went to no cluster");
        Assert.That(moves.MergedInto([]), Is.Null);
    }

    [Test]
    public void Should_keep_only_the_links_that_explain_a_moved_complaints_new_cluster()
    {
        var (moves, _) = Place([[_c[0], _c[1], _c[2]]], new() { [_c[0]] = "A", [_c[1]] = "A", [_c[2]] = "B", [_c[6]] = "B" }, []);

        var relinked = moves.Relinked([Link(_c[2], _c[0]), Link(_c[1], _c[2]), Link(_c[2], _c[6]), Link(_c[0], _c[1]), Link(_c[2], _c[7])]);

        Assert.That(relinked, Is.EqualTo(new[] { Link(_c[2], _c[0]), Link(_c[1], _c[2]) }),
            "links to a member of another cluster or to an unclustered complaint go; links between complaints that did not move are not rewritten");
    }

    [Test]
    public void Should_refuse_ids_that_do_not_match_the_plans_new_clusters()
    {
        Assert.That(() => Place([[_c[0], _c[1]]], new(), []), Throws.ArgumentException);
    }

    private (HindsightClusterMoves Moves, HindsightClusterPlan Plan) Place(List<Guid[]> components, Dictionary<Guid, string?> stored, string[] newIds)
    {
        var window = _c.Take(6).ToHashSet();
        var plan = Hindsight.Plan(components, window, stored, stored.Values.OfType<string>().Distinct().Select(c => new Stored(c, "open", false, Monday)));
        return (HindsightClusterMoves.Place(plan, newIds, window, stored), plan);
    }

    private static ClusterLink Link(Guid from, Guid to) => new(from, to, ClusterLinkKind.Complainant, 1.0, null);
}
