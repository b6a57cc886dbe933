using Triage.Signals.Text;

namespace Triage.Scoring.Batches;

// A complaint's near-duplicate signature, as the batch reads it from the shared index.
public sealed class StoredSignature
{
    private MinHashSignature? _signature;

    public Guid ComplaintId { get; init; }
    public long OwnerHash { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public byte[] Signature { get; init; } = [];
    // Read only for the person's other filings, whose copies are compared by containment (BatchReader); empty for the
    // near-duplicate candidates.
    public string Skeleton { get; init; } = "";

    public MinHashSignature Values => _signature ??= MinHashSignature.FromBytes(Signature);
}
