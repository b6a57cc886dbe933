namespace Triage.Scoring.Registry;

public sealed class ModelActivation
{
    public const string Columns =
        "id AS Id, version AS Version, previous_version AS PreviousVersion, action AS Action, activated_by AS ActivatedBy, activated_at AS ActivatedAt, reason AS Reason";

    public long Id { get; init; }
    public string Version { get; init; } = "";
    public string? PreviousVersion { get; init; }
    public string Action { get; init; } = "";
    public string ActivatedBy { get; init; } = "";
    public DateTimeOffset ActivatedAt { get; init; }
    public string? Reason { get; init; }
}
