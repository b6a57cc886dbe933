namespace Triage.Scoring.Registry;

// What a promotion or a rollback did: the version now active and the one before it, or why nothing changed.
public sealed record RegistryOutcome(bool Found, string? Problem, string? Version, string? Previous)
{
    public static RegistryOutcome NotFound() => new(false, null, null, null);

    public static RegistryOutcome Conflict(string problem) => new(true, problem, null, null);

    public static RegistryOutcome Activated(string version, string? previous) => new(true, null, version, previous);
}
