namespace Triage.Host;

// Which parts of Triage this process runs: "all" (the embedded default) or a comma-separated list, so that the same
// build scales out as separate intake and worker processes over PostgreSQL and RabbitMQ.
public sealed record HostRoles(IReadOnlySet<string> Roles)
{
    public const string Section = "Triage:Roles";

    public static readonly IReadOnlyList<string> Known = ["intake", "scoring", "routing", "review", "rescoring"];

    public bool Runs(string role) => Roles.Contains("all") || Roles.Contains(role);

    public static HostRoles From(IConfiguration configuration)
    {
        var roles = (configuration[Section] ?? "all")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToLowerInvariant())
            .ToHashSet();
        var unknown = roles.Where(r => r != "all" && !Known.Contains(r)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"{Section} has unknown roles {string.Join(", ", unknown)}; known: all, {string.Join(", ", Known)}.");
        return new HostRoles(roles);
    }
}
