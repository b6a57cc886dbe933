namespace Triage.Routing.Reconciliation;

// How the reconciler keeps the promise that every accepted complaint reaches a route. The defaults give the queues two
// minutes before a complaint counts as stranded, then re-drive it after 1, 2, 4, 8 minutes (capped at 30), and park
// it as a fault, routed to handling, once MaxAttempts re-drives have not brought it to a route.
public sealed class ReconcilerOptions
{
    public const string Section = "Triage:Reconciler";

    public bool Enabled { get; set; } = true;

    // How often the sweep looks for stranded complaints.
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    // How long after acceptance a complaint may be on its way before the sweep re-drives it.
    public TimeSpan Bound { get; set; } = TimeSpan.FromMinutes(2);

    // The wait after the n-th re-drive is BackoffBase × 2^(n-1), at most MaxBackoff.
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    // Re-drives before a complaint that still has no route is parked as a fault.
    public int MaxAttempts { get; set; } = 5;

    // Complaints handled per sweep transaction.
    public int BatchSize { get; set; } = 500;

    public TimeSpan Backoff(int attempt)
    {
        var delay = BackoffBase * Math.Pow(2, Math.Clamp(attempt - 1, 0, 20));
        return delay < MaxBackoff ? delay : MaxBackoff;
    }
}
