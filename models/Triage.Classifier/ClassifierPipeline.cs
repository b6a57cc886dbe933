using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Triage.Classifier;

public static class ClassifierPipeline
{
    public const string TextColumn = "TextNgrams";
    public const string FeaturesColumn = "Features";

    public static IEstimator<ITransformer> Text(MLContext ml, TextFeatures text, int maximumNumberOfInverts = 0) => text switch
    {
        TextFeatures.CharNgrams => ml.Transforms.Text.TokenizeIntoCharactersAsKeys("SkeletonChars", nameof(ClassifierInput.Skeleton), useMarkerCharacters: false)
            .Append(ml.Transforms.Text.ProduceHashedNgrams(TextColumn, "SkeletonChars", numberOfBits: FeatureSchema.HashBits, ngramLength: 3,
                useAllLengths: true, seed: FeatureSchema.HashSeed, useOrderedHashing: true, maximumNumberOfInverts: maximumNumberOfInverts)),
        TextFeatures.JiebaWords => ml.Transforms.Text.ProduceHashedWordBags(TextColumn, nameof(ClassifierInput.Skeleton), numberOfBits: FeatureSchema.HashBits,
            ngramLength: 2, useAllLengths: true, seed: FeatureSchema.HashSeed, useOrderedHashing: true, maximumNumberOfInverts: maximumNumberOfInverts),
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, null),
    };

    public static IEstimator<ITransformer> Features(MLContext ml, FeatureSet features, TextFeatures text) => features switch
    {
        FeatureSet.TextAndSignals => Text(ml, text).Append(ml.Transforms.Concatenate(FeaturesColumn, TextColumn, nameof(ClassifierInput.Signals))),
        FeatureSet.TextOnly => Text(ml, text).Append(ml.Transforms.Concatenate(FeaturesColumn, TextColumn)),
        _ => throw new ArgumentOutOfRangeException(nameof(features), features, null),
    };

    public static LightGbmBinaryTrainer Trainer(MLContext ml, TrainerOptions options) =>
        ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(ClassifierInput.Label),
            FeatureColumnName = FeaturesColumn,
            NumberOfLeaves = options.NumberOfLeaves,
            NumberOfIterations = options.NumberOfIterations,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            Seed = options.Seed,
            Silent = true,
        });

    public static string Describe(TrainerOptions options) =>
        $"LightGBM binary, {options.NumberOfIterations} iterations, {options.NumberOfLeaves} leaves, learning rate {options.LearningRate}, " +
        $"at least {options.MinimumExampleCountPerLeaf} rows per leaf, seed {options.Seed}";
}
