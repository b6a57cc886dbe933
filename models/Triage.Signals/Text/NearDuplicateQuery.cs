namespace Triage.Signals.Text;

// From and To bound the neighbours' received time, both inclusive.
public sealed record NearDuplicateQuery(
    TextFingerprint Fingerprint,
    string? ExcludeOwner = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100,
    bool WithSpans = true);
