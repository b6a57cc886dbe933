namespace Triage.Corpus.Tests;

public class When_the_same_options_are_used_twice
{
    [Test]
    public void Should_write_byte_identical_files()
    {
        var options = new CorpusOptions { Seed = 7, Complaints = 3_000 };

        var first = GeneratedCorpus.Bytes(options);
        var second = GeneratedCorpus.Bytes(options);

        Assert.That(second.Complaints, Is.EqualTo(first.Complaints));
        Assert.That(second.Labels, Is.EqualTo(first.Labels));
    }

    [Test]
    public void Should_write_different_files_for_a_different_seed()
    {
        var first = GeneratedCorpus.Bytes(new CorpusOptions { Seed = 7, Complaints = 1_000 });
        var second = GeneratedCorpus.Bytes(new CorpusOptions { Seed = 8, Complaints = 1_000 });

        Assert.That(second.Complaints, Is.Not.EqualTo(first.Complaints));
    }
}
