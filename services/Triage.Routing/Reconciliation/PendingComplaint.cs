namespace Triage.Routing.Reconciliation;

// A complaint the sweep found without a route, with what it needs to re-drive or park it.
public sealed class PendingComplaint
{
    public Guid Id { get; init; }
    public string? ExternalId { get; init; }
    public string Channel { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
    public string Status { get; init; } = "";
    public string? Category { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public double? Score { get; init; }
    public bool? Suspect { get; init; }
    public string? ModelVersion { get; init; }
    public DateTimeOffset? ScoredAt { get; init; }
    public string? ClusterId { get; init; }
    public string? Destination { get; init; }
}
