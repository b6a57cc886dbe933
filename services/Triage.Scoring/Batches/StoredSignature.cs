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
    public string Skeleton { get; init; } = "";

    public MinHashSignature Values => _signature ??= MinHashSignature.FromBytes(Signature);
}
