using Triage.Signals.Text;

namespace Triage.Signals.Tests.Text;

public class When_the_in_memory_index_is_used_concurrently
{
    [Test]
    public async Task Should_answer_queries_while_adding_and_merging_and_end_as_if_built_alone()
    {
        var corpus = IndexedSyntheticCorpus.Generate(17, 12_000);
        using var index = new InMemoryNearDuplicateIndex();
        using var done = new CancellationTokenSource();
        var queried = 0;
        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() =>
        {
            var random = new Random(r);
            while (!done.IsCancellationRequested)
            {
                var complaint = corpus[random.Next(corpus.Count)];
                index.Query(new NearDuplicateQuery(complaint.Fingerprint, complaint.Owner, Limit: 20));
                Interlocked.Increment(ref queried);
            }
        })).ToList();
        await Task.WhenAll(corpus.Chunk(corpus.Count / 4).Select(part => Task.Run(() =>
        {
            foreach (var complaint in part)
                index.Add(complaint);
        })));
        await done.CancelAsync();
        await Task.WhenAll(readers);

        using var alone = new InMemoryNearDuplicateIndex();
        foreach (var complaint in corpus)
            alone.Add(complaint);
        Assert.That(index.Count, Is.EqualTo(corpus.Count));
        Assert.That(queried, Is.GreaterThan(0));
        var neighbours = 0;
        foreach (var complaint in corpus.Where((_, i) => i % 50 == 0))
        {
            var query = new NearDuplicateQuery(complaint.Fingerprint, complaint.Owner, Limit: int.MaxValue, WithSpans: false);
            var expected = alone.Query(query).Select(n => (n.ComplaintId, n.Similarity)).ToList();
            Assert.That(index.Query(query).Select(n => (n.ComplaintId, n.Similarity)), Is.EquivalentTo(expected));
            neighbours += expected.Count;
        }
        Assert.That(neighbours, Is.GreaterThan(1_000), "the ring members found each other");
    }
}
