using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;

namespace Triage.Testing;

// A corpus in memory with its texts indexed, as `triage score` holds it: the context the signals read in tests that
// need real near-duplicate evidence and skeleton similarity; with rarities, also the rare content texts share (as
// HindsightCorpus gives it).
public static class InMemoryEvidence
{
    public static async Task<(InMemorySignalContext Context, IndexedTextEvidence Text)> ContextAsync(IEnumerable<ComplaintFacts> complaints,
        bool rarities = false)
    {
        var index = new InMemoryNearDuplicateIndex();
        var text = new IndexedTextEvidence(index, TextFingerprinter.Default);
        var rarity = rarities ? new ShingleRarity { Similarity = index.Similarity, TemplateSimilarity = index.Options.Threshold } : null;
        var context = new InMemorySignalContext(text) { Rarity = rarity };
        foreach (var complaint in complaints)
        {
            context.Add(complaint);
            if (await text.IndexAsync(complaint) is { } fingerprint)
                rarity?.Add(complaint, fingerprint.Skeleton);
        }
        return (context, text);
    }
}
