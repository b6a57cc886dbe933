namespace Triage.Signals.Text;

// Normalise, then mask in an order where the surer pass goes first: lists before patterns; ID numbers, dates and
// amounts before phones (95000元 is an amount, not a 95xxx service line); the bare numbers left over after them;
// names last, because they lean on everything around them.
public sealed class SkeletonBuilder
{
    public static readonly SkeletonBuilder Default = new(new SkeletonOptions());

    private readonly SkeletonOptions _options;
    private readonly SkeletonMask[] _masks;
    private readonly ListMask _stockPhrases;

    public SkeletonBuilder(SkeletonOptions options)
    {
        _options = options;
        _masks =
        [
            new RegexMask(SkeletonPatterns.Url(), Placeholder.Url),
            new RegexMask(SkeletonPatterns.Email(), Placeholder.Email),
            new ListMask(options.Regulators, Placeholder.Regulator),
            new ListMask(options.Lenders, Placeholder.Organization, "(?:股份)?(?:有限)?(?:责任)?(?:公司)?"),
            new OrganizationMask(),
            new RegexMask(SkeletonPatterns.IdNumber(), Placeholder.IdNumber),
            new RegexMask(SkeletonPatterns.Date(), Placeholder.Date),
            new RegexMask(SkeletonPatterns.Amount(), Placeholder.Amount),
            new RegexMask(SkeletonPatterns.Phone(), Placeholder.Phone),
            new ReferenceMask(),
            new NameMask(),
        ];
        // Found like a mask, but only to leave stock phrases out of the content count.
        _stockPhrases = new ListMask(options.StockPhrases, Placeholder.Number);
    }

    public TextSkeleton Build(string text)
    {
        var mapped = TextNormalizer.Normalize(text);
        var found = new List<Mask>();
        foreach (var mask in _masks)
        {
            found.Clear();
            mask.Find(mapped.Text, found);
            if (found.Count > 0)
                mapped = mapped.Replace(found);
        }
        mapped = mapped.MergeRepeatedPlaceholders();

        var placeholders = 0;
        var content = 0;
        foreach (var c in mapped.Text)
        {
            if (Placeholders.Is(c))
                placeholders++;
            else if (char.IsLetterOrDigit(c))
                content++;
        }
        found.Clear();
        _stockPhrases.Find(mapped.Text, found);
        foreach (var phrase in found)
            content -= phrase.Length;

        var fingerprintable = content >= _options.MinContentLength
                              && placeholders <= _options.MaxPlaceholderShare * (placeholders + content);
        return new TextSkeleton(text, mapped, content, placeholders, fingerprintable);
    }
}
