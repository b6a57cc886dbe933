namespace Triage.Signals.Categories;

// The n-grams a category model knows, each with its feature index. Training and scoring featurize through here,
// so the two cannot drift apart.
public sealed class CategoryVocabulary
{
    private readonly Dictionary<string, int> _index;

    public CategoryVocabulary(IReadOnlyList<string> ngrams)
    {
        Ngrams = ngrams;
        _index = new Dictionary<string, int>(ngrams.Count, StringComparer.Ordinal);
        for (var i = 0; i < ngrams.Count; i++)
            _index.Add(ngrams[i], i);
    }

    public IReadOnlyList<string> Ngrams { get; }

    // The counts of the known n-grams by ascending index, scaled by all of the text's n-grams, known or not, so that
    // dropping an n-gram from the vocabulary changes no other feature.
    public (int[] Indices, float[] Values) Featurize(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ngram in CategoryNgrams.All(CategoryNgrams.Prepare(text)))
            counts[ngram] = counts.GetValueOrDefault(ngram) + 1;
        var length = MathF.Sqrt(counts.Values.Sum(c => (float)c * c));
        var known = counts.Where(n => _index.ContainsKey(n.Key)).Select(n => (Index: _index[n.Key], Value: n.Value / length)).OrderBy(f => f.Index).ToArray();
        return (known.Select(f => f.Index).ToArray(), known.Select(f => f.Value).ToArray());
    }
}
