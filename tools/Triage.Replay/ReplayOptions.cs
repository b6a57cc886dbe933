using System.Globalization;

namespace Triage.Replay;

public sealed record ReplayOptions(Uri Url, string ApiKey, string Corpus, int Batch, double? Rate, string? Report, TimeSpan Timeout, TimeSpan Poll)
{
    public const string Usage = """
        Replays a generated corpus through a running Triage's REST API in arrival order, waits until every complaint
        is routed, and measures routes and clusters against the generator's labels (issue 5).

        usage: dotnet run --project tools/Triage.Replay -c Release -- --corpus DIR [options]
          --corpus DIR       directory with complaints.jsonl and labels.jsonl from triage generate
          --url URL          base address (default http://127.0.0.1:5080)
          --api-key KEY      API key (default dev-admin-key)
          --batch N          complaints per POST /api/v1/complaints/batch, 1 to 1000 (default 100)
          --rate R           hold R complaints/s ("200" or "200/s") instead of going flat out
          --report FILE      also write the report as markdown here, and as JSON beside it
          --timeout S        seconds to wait after the last submit for everything to be routed (default 600)
          --poll S           seconds between checks while waiting (default 2)
        """;

    public static ReplayOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i] == "--help" || i + 1 >= args.Length)
                return null;
            values[args[i][2..]] = args[++i];
        }
        if (!values.TryGetValue("corpus", out var corpus))
            return null;
        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        var batch = int.Parse(Get("batch", "100"), CultureInfo.InvariantCulture);
        if (batch is < 1 or > 1_000)
            return null;
        return new ReplayOptions(
            new Uri(Get("url", "http://127.0.0.1:5080")),
            Get("api-key", "dev-admin-key"),
            corpus,
            batch,
            values.TryGetValue("rate", out var rate) ? Number(rate.Replace("/s", "", StringComparison.Ordinal)) : null,
            values.GetValueOrDefault("report"),
            TimeSpan.FromSeconds(Number(Get("timeout", "600"))),
            TimeSpan.FromSeconds(Number(Get("poll", "2"))));
    }
}
