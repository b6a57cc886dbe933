namespace Triage.Signals.Text;

public sealed class TextFingerprinter(SkeletonBuilder skeletons, MinHasher hasher)
{
    public static readonly TextFingerprinter Default = new(SkeletonBuilder.Default, MinHasher.Default);

    public MinHasher Hasher { get; } = hasher;

    // Null when the text is too short or mostly slots and boilerplate: such a text must link to nothing.
    public TextFingerprint? Fingerprint(string text)
    {
        var skeleton = skeletons.Build(text);
        return skeleton.IsFingerprintable ? new TextFingerprint(skeleton, Hasher.Sign(skeleton)) : null;
    }
}
