using Microsoft.ML;
using Microsoft.ML.Data;

namespace Triage.Classifier;

public static class BatchScorer
{
    public static float[] Score(MLContext ml, ITransformer model, IReadOnlyList<ClassifierInput> inputs, TextFeatures text)
    {
        if (inputs.Count == 0)
            return [];
        var data = ml.Data.LoadFromEnumerable(ModelInput.Prepare(inputs, text));
        var scores = model.Transform(data).GetColumn<float>(nameof(ClassifierOutput.Probability)).ToArray();
        return scores;
    }
}
