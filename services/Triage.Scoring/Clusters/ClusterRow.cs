namespace Triage.Scoring.Clusters;

public sealed class ClusterRow
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = "";
    public bool Suspect { get; init; }
    public int Size { get; init; }
    public double Risk { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
