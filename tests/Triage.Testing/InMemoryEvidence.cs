using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;

namespace Triage.Testing;

// A corpus in memory with its texts indexed, as `triage score` holds it: the context the signals read in tests that
// need real near-duplicate evidence and skeleton similarity.
public static class InMemoryEvidence
{
    public static async Task<(InMemorySignalContext Context, IndexedTextEvidence Text)> ContextAsync(IEnumerable<ComplaintFacts> complaints)
    {
        var text = new IndexedTextEvidence(new InMemoryNearDuplicateIndex(), TextFingerprinter.Default);
        var context = new InMemorySignalContext(text);
        foreach (var complaint in complaints)
        {
            context.Add(complaint);
            await text.AddAsync(complaint);
        }
        return (context, text);
    }
}
