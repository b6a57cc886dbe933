namespace Triage.Scoring.Registry;

// A registry row without its bytes.
public sealed class RegisteredModel
{
    public const string Columns =
        "version, status, trained_at, registered_at, registered_by, source, comparison";

    public string Version { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset TrainedAt { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public string RegisteredBy { get; init; } = "";
    public string Source { get; init; } = "";
    public string? Comparison { get; init; }
}
