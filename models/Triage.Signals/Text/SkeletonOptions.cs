namespace Triage.Signals.Text;

public sealed class SkeletonOptions
{
    // Below this many characters of content (letters and digits that are not placeholders or stock phrases) a text
    // gets no fingerprint: short and boilerplate texts would otherwise all collide with each other.
    public int MinContentLength { get; set; } = 30;

    // Above this share of placeholders among placeholders and content a text is mostly slots and gets no fingerprint.
    public double MaxPlaceholderShare { get; set; } = 0.5;

    public IReadOnlyList<string> Lenders { get; set; } = SkeletonVocabulary.Lenders;

    public IReadOnlyList<string> Regulators { get; set; } = SkeletonVocabulary.Regulators;

    public IReadOnlyList<string> StockPhrases { get; set; } = SkeletonVocabulary.StockPhrases;
}
