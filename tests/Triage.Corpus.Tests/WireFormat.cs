using System.Text.Json;
using System.Text.RegularExpressions;
using Triage.Contracts;

namespace Triage.Corpus.Tests;

// The wire format's rules (docs/wire-format.md), checked independently of the generator's own types.
public static partial class WireFormat
{
    private static readonly string[] Channels = ["app", "web", "hotline", "email", "letter", "regulator", "social", "branch", "other"];
    private static readonly string[] Categories = ["collection", "fees", "deduction", "credit-report", "privacy", "insurance", "service", "other"];
    private static readonly string[] Relations = ["family", "lawyer", "agent", "other"];

    [GeneratedRegex(@"^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex ExternalId();

    [GeneratedRegex(@"^1\d{10}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^(0\d{2,3}-?)?\d{7,8}$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")]
    private static partial Regex ChinaTime();

    public static List<string> Problems(JsonElement complaint)
    {
        var problems = new List<string>();
        void Check(bool ok, string problem) { if (!ok) problems.Add(problem); }

        var externalId = String(complaint, "externalId");
        Check(externalId is not null && ExternalId().IsMatch(externalId), $"externalId '{externalId}'");
        Check(Channels.Contains(String(complaint, "channel")), "channel");
        var receivedAt = String(complaint, "receivedAt");
        Check(receivedAt is not null && ChinaTime().IsMatch(receivedAt) && DateTimeOffset.TryParse(receivedAt, out _), $"receivedAt '{receivedAt}'");

        var complainant = complaint.GetProperty("complainant");
        var name = String(complainant, "name");
        Check(name is { Length: >= 1 and <= 64 }, "complainant.name");
        Check(String(complainant, "phone") is not { } phone || Mobile().IsMatch(phone) || Landline().IsMatch(phone), "complainant.phone");
        Check(String(complainant, "idNumber") is not { } id || ValidIdNumber(id), "complainant.idNumber");

        if (complaint.TryGetProperty("representative", out var representative))
        {
            Check(String(representative, "name") is { Length: >= 1 }, "representative.name");
            Check(Relations.Contains(String(representative, "relation")), "representative.relation");
            Check(String(representative, "phone") is not { } agentPhone || Mobile().IsMatch(agentPhone) || Landline().IsMatch(agentPhone), "representative.phone");
        }
        Check(String(complaint, "category") is not { } category || Categories.Contains(category), "category");
        var text = String(complaint, "text")?.Trim();
        Check(text is { Length: >= 1 and <= 10_000 }, "text length");
        return problems;
    }

    public static bool ValidIdNumber(string id) => ResidentIdNumbers.IsValid(id) && id[17] != 'x';

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
