namespace Triage.Complaints;

public sealed class ComplaintRow
{
    public Guid Id { get; init; }
    public string? ExternalId { get; init; }
    public string Channel { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
    public long ReceivedOffsetMinutes { get; init; }
    public string Status { get; init; } = "";
    public string? Product { get; init; }
    public string? Category { get; init; }
    public string? RepresentativeRelation { get; init; }
    public byte[] Personal { get; init; } = [];
    public string? RouteDestination { get; init; }
    public string? RouteReason { get; init; }
    public DateTimeOffset? RoutedAt { get; init; }
    public double? TriageScore { get; init; }
    public bool? TriageSuspect { get; init; }
    public string? TriageReasons { get; init; }
    public string? TriageClusterId { get; init; }
    public string? TriageModelVersion { get; init; }
    public DateTimeOffset? TriageScoredAt { get; init; }
}
