namespace Triage.Classifier;

// What the pipeline reads: the caller's skeleton as is for character n-grams, segmented into words for jieba.
public static class ModelInput
{
    public static ClassifierInput Prepare(ClassifierInput input, TextFeatures text) => text switch
    {
        TextFeatures.JiebaWords => new ClassifierInput { Label = input.Label, Skeleton = JiebaWords.Segment(input.Skeleton), Signals = input.Signals },
        _ => input,
    };

    public static IReadOnlyList<ClassifierInput> Prepare(IReadOnlyList<ClassifierInput> inputs, TextFeatures text) =>
        text == TextFeatures.CharNgrams ? inputs : inputs.AsParallel().AsOrdered().Select(i => Prepare(i, text)).ToList();
}
