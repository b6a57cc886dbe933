namespace Triage.ServiceDefaults;

public sealed class AuthOptions
{
    public const string Section = "Triage";

    public List<ApiKey> ApiKeys { get; set; } = [];

    // The embedded default's local keys; they are refused whenever the service listens beyond loopback.
    public bool DevKeys { get; set; } = true;

    public static readonly IReadOnlyList<ApiKey> DevelopmentKeys =
    [
        new() { Key = "dev-desk-key", Role = TriageRoles.Desk, Name = "dev-desk" },
        new() { Key = "dev-analyst-key", Role = TriageRoles.Analyst, Name = "dev-analyst" },
        new() { Key = "dev-admin-key", Role = TriageRoles.Admin, Name = "dev-admin" },
    ];
}
