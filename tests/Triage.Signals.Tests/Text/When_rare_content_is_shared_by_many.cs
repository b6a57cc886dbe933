using Triage.Signals.Text;

namespace Triage.Signals.Tests.Text;

// A shingle that weighs as rare in a very large window (√N of a million is a thousand) but stands in hundreds of texts
// is stock wording: past RareContentSharers.MaxHolders texts it ties nobody, at or below it each holder counts.
public class When_rare_content_is_shared_by_many
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private static RareContentSharers Sharing(int texts) => new(
        ids: Enumerable.Range(0, texts).Select(_ => Guid.NewGuid()).ToArray(),
        owners: Enumerable.Range(0, texts).Select(i => (long)i + 1).ToArray(),
        shingles: Enumerable.Range(0, texts).Select(_ => new uint[] { 42 }).ToArray(),
        weights: Enumerable.Range(0, texts).Select(_ => new[] { 0.6f }).ToArray(),
        at: Enumerable.Range(0, texts).Select(_ => Day.UtcTicks).ToArray(),
        names: new long[texts],
        rareWeight: ShingleRarity.RareWeight, similarity: null, templateSimilarity: 0.5);

    [TestCase(RareContentSharers.MaxHolders, RareContentSharers.MaxHolders - 1)]
    [TestCase(RareContentSharers.MaxHolders + 1, 0)]
    public void Should_tie_the_holders_of_a_shingle_only_while_few_texts_hold_it(int texts, int sharers)
    {
        var sharing = Sharing(texts);
        var first = sharing.Ids[0];

        Assert.That(sharing.Count(first, Day.AddDays(-1), Day.AddDays(1), minShared: 0.5), Is.EqualTo(sharers));
    }
}
