namespace Triage.Complaints;

// A row of the clusters table, as every service reads it (each query selects the columns it needs).
public sealed class ClusterRow
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = "";
    public bool Suspect { get; init; }
    public int Size { get; init; }
    public double Risk { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastSeen { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FlaggedAt { get; init; }
    public string? MergedInto { get; init; }
}
