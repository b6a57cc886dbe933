using Triage.Signals.Text;

namespace Triage.Signals.Tests.Clusters;

public class When_honest_strangers_complain
{
    [Test]
    public async Task Should_form_no_cluster()
    {
        var strangers = OwnTexts.All.Select((text, i) => Filing.By($"stranger-{i}").With(IdentifierKind.ComplainantPhone, $"phone-{i}")
            .With(IdentifierKind.Device, $"device-{i}").OnDay(i * 0.2).Saying(text).Build());
        using var corpus = await ClusterCorpus.OfAsync(strangers);

        var links = await corpus.AllLinksAsync();
        var partition = await corpus.ClustersAsync();

        Assert.That(OwnTexts.All.Select(TextFingerprinter.Default.Fingerprint), Is.All.Not.Null, "every text is compared");
        Assert.That(links, Is.Empty);
        Assert.That(partition.Clusters, Is.Empty);
        Assert.That(partition.RefusedLinks, Is.Zero);
    }

    [Test]
    public async Task Should_not_be_linked_by_a_shared_ip_alone()
    {
        var campus = OwnTexts.All.Select((text, i) => Filing.By($"student-{i}").With(IdentifierKind.Ip, "10.0.0.1").OnDay(i * 0.2).Saying(text).Build());
        using var corpus = await ClusterCorpus.OfAsync(campus);

        var links = await corpus.AllLinksAsync();
        var partition = await corpus.ClustersAsync();

        Assert.That(links, Is.Empty);
        Assert.That(partition.Clusters, Is.Empty);
    }
}
