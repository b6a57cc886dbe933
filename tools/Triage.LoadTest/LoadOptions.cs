using System.Globalization;

namespace Triage.LoadTest;

public sealed record LoadOptions(Uri Url, string ApiKey, int Count, int Concurrency, double? Rate, int Warmup, Uri? RabbitMq)
{
    public const string Usage = """
        Posts synthetic complaints to a running Triage and reports throughput and latency.

        usage: dotnet run --project tools/Triage.LoadTest -c Release -- [options]
          --url URL          base address (default http://127.0.0.1:5080)
          --key KEY          desk API key (default dev-desk-key)
          --count N          complaints to post (default 10000)
          --concurrency C    concurrent clients (default 32)
          --rate R           hold an open-loop rate of R complaints/s instead of going flat out
          --warmup N         complaints posted first and not measured (default 500)
          --rabbitmq URI     also count ComplaintReceived deliveries on this broker and time the outbox drain
        """;

    public static LoadOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--") || args[i] == "--help" || i + 1 >= args.Length)
                return null;
            values[args[i][2..]] = args[++i];
        }
        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        return new LoadOptions(
            new Uri(Get("url", "http://127.0.0.1:5080")),
            Get("key", "dev-desk-key"),
            int.Parse(Get("count", "10000"), CultureInfo.InvariantCulture),
            int.Parse(Get("concurrency", "32"), CultureInfo.InvariantCulture),
            values.TryGetValue("rate", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : null,
            int.Parse(Get("warmup", "500"), CultureInfo.InvariantCulture),
            values.TryGetValue("rabbitmq", out var rabbitMq) ? new Uri(rabbitMq) : null);
    }
}
