namespace Triage.Signals.Categories;

// The category of a complaint read from its text, for a complaint the desk did not categorise. The lexicon decides
// when it finds the problem named; when it finds nothing, the n-gram model decides if it is sure enough; otherwise
// the answer is "other". Measured in docs/signals.md ("Category inference").
public static class CategoryInference
{
    public const string Other = "other";

    // Below this the lexicon found no problem named: one weak word such as 客服 or 同事 is not a category.
    private const double MinimumScore = 1.5;

    // Below this the model is guessing: on a text that names no problem ("请尽快处理") its best class is about 0.3.
    private const double MinimumProbability = 0.4;

    // On a few characters ("你好", "谢谢!") the model answers with its prior, not with evidence.
    private const int MinimumModelLength = 6;

    public static IReadOnlyList<string> Categories { get; } =
        ["collection", "fees", "deduction", "credit-report", "privacy", "insurance", "service", Other];

    private static readonly CategoryLexicon Lexicon = CategoryLexicon.Load(Categories);

    // Loaded on first use, so that measuring the lexicon or training a new model never needs the shipped one.
    private static readonly Lazy<CategoryModel> Shipped = new(() => CategoryModel.Load(Categories.Count));

    public static CategoryModel Model => Shipped.Value;

    public static string Infer(string text) => Infer(text, Model);

    // With another model: how `triage categories` measures a model before it is shipped.
    public static string Infer(string text, CategoryModel model)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Other;
        var (category, score) = Lexicon.Best(text);
        if (score >= MinimumScore)
            return Categories[category];
        if (CategoryNgrams.Prepare(text).Length < MinimumModelLength)
            return Other;
        var (predicted, probability) = model.Predict(text);
        return probability >= MinimumProbability ? Categories[predicted] : Other;
    }

    public static string FromLexicon(string text)
    {
        var (category, score) = Lexicon.Best(text);
        return score >= MinimumScore ? Categories[category] : Other;
    }
}
