namespace Triage.Signals.Text;

public sealed class SignatureRow
{
    public long Id { get; init; }
    public Guid ComplaintId { get; init; }
    public long OwnerHash { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public byte[] Signature { get; init; } = [];
    public string Skeleton { get; init; } = "";
}
