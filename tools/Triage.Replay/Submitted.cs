namespace Triage.Replay;

// What the API answered for the corpus: the id of every stored complaint and the receipt-time window they span.
public sealed record Submitted(
    IReadOnlyDictionary<Guid, string> ExternalIds,
    int Posted,
    int Rejected,
    int AlreadyKnown,
    DateTimeOffset Since,
    DateTimeOffset Until,
    TimeSpan Elapsed)
{
    public double Rate => Posted / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public string Describe() =>
        $"submitted {Posted:N0} complaints in {Elapsed.TotalSeconds:N1} s ({Rate:N0}/s): {ExternalIds.Count:N0} stored, " +
        $"{Rejected:N0} rejected, {AlreadyKnown:N0} already known" +
        (AlreadyKnown == 0 ? "" : $" (warning: the store already held these externalIds, from an earlier replay or another seed, " +
                                  "since generated ids repeat across seeds; their outcomes are the stored complaints'. Replay into an empty data directory)");
}
