namespace Triage.Intake;

public sealed class ExistingComplaint
{
    public Guid Id { get; init; }
    public string Status { get; init; } = "";
}
