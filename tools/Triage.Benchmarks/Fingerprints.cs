using Triage.Signals.Text;

namespace Triage.Benchmarks;

public static class Fingerprints
{
    // Fingerprints on every core; texts without one are left out, as the services leave them out of the index.
    public static List<IndexedComplaint> Of(IReadOnlyList<CorpusText> texts, int from, int count, TextFingerprinter? fingerprinter = null)
    {
        fingerprinter ??= TextFingerprinter.Default;
        var indexed = new IndexedComplaint?[count];
        Parallel.For(0, count, i =>
        {
            var text = texts[from + i];
            if (fingerprinter.Fingerprint(text.Text) is { } fingerprint)
                indexed[i] = new IndexedComplaint(text.Id, text.Owner, text.ReceivedAt, fingerprint);
        });
        return indexed.OfType<IndexedComplaint>().ToList();
    }
}
