namespace Triage.ServiceDefaults;

public static class TriageRoles
{
    public const string Desk = "desk";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    // Each role can do everything the roles before it can.
    public static IReadOnlyList<string> Implied(string role) => role switch
    {
        Admin => [Admin, Analyst, Desk],
        Analyst => [Analyst, Desk],
        Desk => [Desk],
        _ => [],
    };
}
