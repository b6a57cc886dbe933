using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

public class When_a_cluster_explains_itself
{
    private static readonly Guid[] Members = Enumerable.Range(1, 6).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();
    private static readonly Guid Outsider = Guid.NewGuid();

    [Test]
    public void Should_count_members_behind_one_identifier_and_sharing_a_template()
    {
        var links = new List<(Guid, Guid, ClusterLinkKind, string?)>
        {
            (Members[0], Members[1], ClusterLinkKind.RepresentativePhone, "AA"),
            (Members[1], Members[2], ClusterLinkKind.RepresentativePhone, "AA"),
            (Members[3], Members[4], ClusterLinkKind.Device, "BB"),
            (Members[0], Members[5], ClusterLinkKind.Template, null),
            (Members[4], Members[5], ClusterLinkKind.Template, null),
            (Members[2], Outsider, ClusterLinkKind.RepresentativePhone, "AA"),
            (Members[3], Members[3], ClusterLinkKind.Complainant, null),
        };

        var evidence = ClusterEvidence.From(Members, links);

        Assert.That(evidence, Is.EqualTo(new ClusterEvidence(6, 3, 3)));
        Assert.That(evidence.Describe(), Is.EqualTo("共 6 件投诉，其中 3 件共用同一代理标识，3 件文本互为模板副本"));
    }

    [Test]
    public void Should_name_only_the_size_when_nothing_else_ties_it()
    {
        Assert.That(ClusterEvidence.From(Members, []).Describe(), Is.EqualTo("共 6 件投诉"));
    }
}
