namespace Triage.Signals.Text;

// From and To bound the neighbours' received time, both inclusive. MinSimilarity, when set, replaces the index's
// threshold for this query (clusters link looser templates than the signals count).
public sealed record NearDuplicateQuery(
    TextFingerprint Fingerprint,
    string? ExcludeOwner = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100,
    bool WithSpans = true,
    double? MinSimilarity = null);
