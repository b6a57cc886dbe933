namespace Triage.Corpus.Tests;

public class When_the_suspect_share_is_changed
{
    [TestCase(0.05)]
    [TestCase(0.45)]
    public void Should_hold_the_new_share_within_five_points(double share)
    {
        var corpus = GeneratedCorpus.Generate(new CorpusOptions { Seed = 5, Complaints = 2_000, SuspectShare = share, Days = 30 });

        var measured = corpus.Labels.Count(l => l.GetProperty("suspect").GetBoolean()) / (double)corpus.Labels.Length;

        Assert.That(corpus.Labels, Has.Length.EqualTo(2_000));
        Assert.That(measured, Is.EqualTo(share).Within(0.05));
    }

    [Test]
    public void Should_still_write_a_corpus_with_no_suspects_or_only_suspects()
    {
        var none = GeneratedCorpus.Generate(new CorpusOptions { Seed = 5, Complaints = 300, SuspectShare = 0 });
        var all = GeneratedCorpus.Generate(new CorpusOptions { Seed = 5, Complaints = 300, SuspectShare = 1 });

        Assert.That(none.Labels.Count(l => l.GetProperty("suspect").GetBoolean()), Is.Zero);
        Assert.That(all.Labels.Count(l => l.GetProperty("suspect").GetBoolean()), Is.EqualTo(300));
    }
}
