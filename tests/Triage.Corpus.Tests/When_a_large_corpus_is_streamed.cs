namespace Triage.Corpus.Tests;

public class When_a_large_corpus_is_streamed
{
    [Test]
    public void Should_generate_fifty_thousand_complaints_without_holding_them()
    {
        var writer = new CorpusWriter(Stream.Null, Stream.Null);
        long baseline = 0;
        long grown = 0;
        var count = 0;

        foreach (var item in new CorpusGenerator(new CorpusOptions { Seed = 2, Complaints = 50_000 }).Generate())
        {
            writer.Write(item);
            count++;
            if (count == 5_000)
                baseline = GC.GetTotalMemory(forceFullCollection: true);
            if (count == 50_000)
                grown = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        }

        TestContext.Out.WriteLine($"heap growth from complaint 5,000 to 50,000: {grown / 1_048_576.0:F1} MiB");
        Assert.That(count, Is.EqualTo(50_000));
        Assert.That(grown, Is.LessThan(64L * 1024 * 1024));
    }
}
