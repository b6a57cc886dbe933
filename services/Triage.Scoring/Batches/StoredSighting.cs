namespace Triage.Scoring.Batches;

// One row of complaint_identifiers, as the batch reads it once for every question its complaints ask of an identifier.
public sealed class StoredSighting
{
    public Guid ComplaintId { get; init; }
    public byte[] Hash { get; init; } = [];
    public string Kind { get; init; } = "";
    public string Complainant { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string Channel { get; init; } = "";
}
