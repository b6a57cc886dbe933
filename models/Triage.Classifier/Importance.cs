using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;
using Triage.Signals.Features;
using Triage.Signals.Text;

namespace Triage.Classifier;

// LightGBM's split gain per feature, as a share of the total. Text slots are hashed, so their n-grams are found
// again by featurizing the training set's frequent n-grams one at a time: a slot is named after the shortest,
// most frequent n-gram that lands in it.
public static class Importance
{
    private const int Candidates = 30_000;

    public static IReadOnlyList<FeatureImportance> Top(MLContext ml, TransformerChain<BinaryPredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>> model,
        IReadOnlyList<ClassifierInput> train, TextFeatures text, int count)
    {
        var weights = default(VBuffer<float>);
        model.LastTransformer.Model.SubModel.GetFeatureWeights(ref weights);
        var dense = weights.DenseValues().ToArray();
        var total = dense.Sum();
        if (total <= 0)
            return [];
        var top = dense.Select((w, i) => (Weight: w, Slot: i)).Where(x => x.Weight > 0).OrderByDescending(x => x.Weight).ThenBy(x => x.Slot).Take(count).ToList();
        var textSlots = 1 << FeatureSchema.HashBits;
        var names = TextSlotNames(ml, train, text, top.Where(x => x.Slot < textSlots).Select(x => x.Slot).ToHashSet());
        return top.Select(x => new FeatureImportance(
            x.Slot < textSlots ? $"text: {names.GetValueOrDefault(x.Slot, $"n-gram slot {x.Slot}")}" : SignalNames.All[x.Slot - textSlots],
            Math.Round(x.Weight / total, 6))).ToList();
    }

    private static Dictionary<int, string> TextSlotNames(MLContext ml, IReadOnlyList<ClassifierInput> train, TextFeatures text, HashSet<int> slots)
    {
        var frequency = new Dictionary<(string Gram, int Length), int>();
        foreach (var input in train.Take(10_000))
            foreach (var gram in Grams(input.Skeleton, text))
                frequency[gram] = frequency.GetValueOrDefault(gram) + 1;
        var candidates = frequency.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Gram, StringComparer.Ordinal).Take(Candidates)
            .Select(f => f.Key).OrderBy(g => g.Length).ToList();
        var data = ml.Data.LoadFromEnumerable(candidates.Select(c => new ClassifierInput { Skeleton = c.Gram }));
        var vectors = ClassifierPipeline.Text(ml, text).Fit(data).Transform(data).GetColumn<VBuffer<float>>(ClassifierPipeline.TextColumn);
        var names = new Dictionary<int, string>();
        foreach (var (candidate, vector) in candidates.Zip(vectors))
            foreach (var (slot, value) in vector.Items())
                if (value > 0 && slots.Contains(slot))
                    names.TryAdd(slot, Placeholders.Display(candidate.Gram));
        return names;
    }

    private static IEnumerable<(string Gram, int Length)> Grams(string skeleton, TextFeatures text)
    {
        if (text == TextFeatures.JiebaWords)
        {
            var words = skeleton.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = 1; n <= 2; n++)
                for (var i = 0; i + n <= words.Length; i++)
                    yield return (string.Join(' ', words, i, n), n);
            yield break;
        }
        for (var n = 1; n <= 3; n++)
            for (var i = 0; i + n <= skeleton.Length; i++)
                yield return (skeleton.Substring(i, n), n);
    }
}
