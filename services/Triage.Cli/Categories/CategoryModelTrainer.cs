using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Triage.Signals.Categories;

namespace Triage.Cli.Categories;

// Trains the category model with ML.NET (SDCA maximum entropy over the n-grams of CategoryNgrams) and keeps only
// the weights: scoring is plain arithmetic in CategoryModel, with no ML.NET at run time.
public static class CategoryModelTrainer
{
    // An n-gram seen in fewer complaints than this is a name, a typo or an amount, not a way of describing a problem.
    private const int MinimumComplaints = 5;

    // Weights smaller than this change no decision; dropping them keeps the file small.
    private const float SmallestWeight = 0.0005f;

    public static CategoryModel Train(IReadOnlyList<CategorisedText> complaints)
    {
        var categories = CategoryInference.Categories;
        var vocabulary = new CategoryVocabulary(complaints
            .SelectMany(c => CategoryNgrams.All(CategoryNgrams.Prepare(c.Text)).Distinct())
            .CountBy(n => n).Where(n => n.Value >= MinimumComplaints).Select(n => n.Key).Order(StringComparer.Ordinal).ToList());

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(CategoryTrainingRow));
        schema[nameof(CategoryTrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Ngrams.Count);
        var rows = complaints.Select(c =>
        {
            var (indices, values) = vocabulary.Featurize(c.Text);
            return new CategoryTrainingRow
            {
                Label = (uint)IndexOf(categories, c.Category),
                Features = new VBuffer<float>(vocabulary.Ngrams.Count, indices.Length, values, indices),
            };
        }).ToList();
        // Keys by value, so that class i of the trained model is category i.
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(CategoryTrainingRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                // One thread: the same corpus gives the same model, byte for byte.
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(ml.Data.LoadFromEnumerable(rows, schema)).LastTransformer.Model;

        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var classes);
        var dense = weights.Select(w => w.DenseValues().ToArray()).ToArray();
        var kept = Enumerable.Range(0, vocabulary.Ngrams.Count).Where(n => dense.Any(w => Math.Abs(w[n]) >= SmallestWeight)).ToList();
        var flat = kept.SelectMany(n => Enumerable.Range(0, classes).Select(c => dense[c][n])).ToArray();
        return new CategoryModel(new CategoryVocabulary(kept.Select(n => vocabulary.Ngrams[n]).ToList()), flat, model.GetBiases().ToArray());
    }

    private static int IndexOf(IReadOnlyList<string> categories, string category)
    {
        for (var i = 0; i < categories.Count; i++)
            if (categories[i] == category)
                return i;
        throw new ArgumentException($"unknown category \"{category}\"", nameof(category));
    }
}
