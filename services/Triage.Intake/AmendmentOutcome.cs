namespace Triage.Intake;

public enum AmendmentOutcome
{
    NotFound,
    Answered,
    Unchanged,
    Amended,
}
