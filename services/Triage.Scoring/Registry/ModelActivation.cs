namespace Triage.Scoring.Registry;

public sealed class ModelActivation
{
    public const string Columns =
        "id, version, previous_version, action, activated_by, activated_at, reason";

    public long Id { get; init; }
    public string Version { get; init; } = "";
    public string? PreviousVersion { get; init; }
    public string Action { get; init; } = "";
    public string ActivatedBy { get; init; } = "";
    public DateTimeOffset ActivatedAt { get; init; }
    public string? Reason { get; init; }
}
