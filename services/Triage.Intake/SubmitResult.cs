namespace Triage.Intake;

// Differences names the fields of a resubmission that differ from the complaint stored under its externalId; empty
// when the complaint is new or the same.
public sealed record SubmitResult(Guid Id, string? ExternalId, string Status, bool Created, IReadOnlyList<string> Differences)
{
    public bool Conflicts => Differences.Count > 0;
}
