namespace Triage.Routing.Reconciliation;

public sealed record FaultPage(IReadOnlyList<FaultView> Items, int Open);
