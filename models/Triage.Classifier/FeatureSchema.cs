using System.Security.Cryptography;
using System.Text;
using Triage.Signals.Features;

namespace Triage.Classifier;

public static class FeatureSchema
{
    public const int HashBits = 14;
    public const int HashSeed = 314489979;

    public static string Settings(TextFeatures text) => text switch
    {
        TextFeatures.CharNgrams => $"skeleton char n-grams 1-3, all lengths, ordered hashing, {HashBits} bits, seed {HashSeed}",
        TextFeatures.JiebaWords => $"skeleton jieba words, word n-grams 1-2, all lengths, {HashBits} bits, seed {HashSeed}",
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, null),
    };

    public static string Hash(TextFeatures text)
    {
        EnsureSignalCount();
        return Hash(text, SignalNames.All.Count);
    }

    // Over the first `signals` signal names: the schema of a model trained before the later ones were appended.
    public static string Hash(TextFeatures text, int signals)
    {
        var schema = string.Join("\n", SignalNames.All.Take(signals)) + "\n" + Settings(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schema)));
    }

    // This code's schema, or, for a model whose ML.NET part reads only the text (the evidence model reads its signals by
    // name, the text-only model none), the schema of a model trained before signals were appended at the end: every
    // signal it knows is still computed at its place, and the new ones are not among its terms.
    public static bool Accepts(string hash, FeatureSet features, TextFeatures text) =>
        string.Equals(hash, Hash(text), StringComparison.OrdinalIgnoreCase)
        || (features != FeatureSet.TextAndSignals
            && Enumerable.Range(1, SignalNames.All.Count - 1).Any(n => string.Equals(hash, Hash(text, n), StringComparison.OrdinalIgnoreCase)));

    public static void EnsureSignalCount()
    {
        if (ClassifierInput.SignalCount != SignalNames.All.Count)
            throw new InvalidOperationException(
                $"ClassifierInput.SignalCount is {ClassifierInput.SignalCount} but SignalNames.All has {SignalNames.All.Count} signals: update the constant and retrain the model.");
    }
}
