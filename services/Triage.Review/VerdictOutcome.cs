namespace Triage.Review;

public sealed record VerdictOutcome(bool Found, string? Problem, string? Status, int Rerouted)
{
    public static VerdictOutcome NotFound() => new(false, null, null, 0);

    public static VerdictOutcome Conflict(string problem) => new(true, problem, null, 0);

    public static VerdictOutcome Decided(string status, int rerouted) => new(true, null, status, rerouted);
}
