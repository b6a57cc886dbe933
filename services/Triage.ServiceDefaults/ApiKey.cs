namespace Triage.ServiceDefaults;

public sealed class ApiKey
{
    public string Key { get; set; } = "";

    public string Role { get; set; } = "";

    public string? Name { get; set; }
}
