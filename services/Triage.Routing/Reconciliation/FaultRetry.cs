namespace Triage.Routing.Reconciliation;

public enum FaultRetryOutcome
{
    Retried,
    NotFound,
    AlreadyResolved,
}

public sealed record FaultRetry(FaultRetryOutcome Outcome, Guid? ComplaintId = null);
