namespace Triage.Routing.Reconciliation;

// What one sweep did: complaints sent through scoring or routing again, and complaints parked as faults.
public sealed record SweepOutcome(int Redriven, int Parked, bool Deferred = false)
{
    public static readonly SweepOutcome None = new(0, 0);

    public static readonly SweepOutcome Waiting = new(0, 0, Deferred: true);

    public int Total => Redriven + Parked;
}
