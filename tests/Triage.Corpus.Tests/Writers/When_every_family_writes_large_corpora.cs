namespace Triage.Corpus.Tests.Writers;

public class When_every_family_writes_large_corpora
{
    // The evaluation corpora: an outfit whose template kept no section once threw on seed 203 of family c.
    [TestCase("a", 203)]
    [TestCase("b", 203)]
    [TestCase("c", 202)]
    [TestCase("c", 203)]
    [TestCase("mixed", 101)]
    public void Should_write_every_complaint_of_an_evaluation_corpus(string writer, int seed)
    {
        var corpus = new CorpusGenerator(new CorpusOptions { Seed = seed, Complaints = 20_000, Writer = writer }).Generate().ToList();

        Assert.That(corpus, Has.Count.EqualTo(20_000));
        Assert.That(corpus.Select(c => c.Complaint.Text.Length), Is.All.InRange(1, 10_000));
    }
}
