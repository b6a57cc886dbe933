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
        var schema = string.Join("\n", SignalNames.All) + "\n" + Settings(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schema)));
    }

    public static void EnsureSignalCount()
    {
        if (ClassifierInput.SignalCount != SignalNames.All.Count)
            throw new InvalidOperationException(
                $"ClassifierInput.SignalCount is {ClassifierInput.SignalCount} but SignalNames.All has {SignalNames.All.Count} signals: update the constant and retrain the model.");
    }
}
