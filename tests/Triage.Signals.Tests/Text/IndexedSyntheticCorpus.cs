using Triage.Corpus.Synthetic;
using Triage.Signals.Text;

namespace Triage.Signals.Tests.Text;

// The synthetic corpus as the near-duplicate index takes it: each complaint with a fingerprint (texts too short for one
// are left out).
public static class IndexedSyntheticCorpus
{
    public static List<IndexedComplaint> Generate(int seed, int count) =>
        new SyntheticCorpus(seed).Generate(count)
            .Select(c => (Complaint: c, Fingerprint: TextFingerprinter.Default.Fingerprint(c.Text)))
            .Where(c => c.Fingerprint is not null)
            .Select(c => new IndexedComplaint(c.Complaint.Id, c.Complaint.Owner, c.Complaint.ReceivedAt, c.Fingerprint!))
            .ToList();
}
