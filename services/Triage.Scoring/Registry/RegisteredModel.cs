namespace Triage.Scoring.Registry;

// A registry row without its bytes.
public sealed class RegisteredModel
{
    public const string Columns =
        "version AS Version, status AS Status, trained_at AS TrainedAt, registered_at AS RegisteredAt, registered_by AS RegisteredBy, source AS Source, comparison AS Comparison";

    public string Version { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset TrainedAt { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public string RegisteredBy { get; init; } = "";
    public string Source { get; init; } = "";
    public string? Comparison { get; init; }
}
