using System.Globalization;

namespace Triage.BulkLoad;

public sealed record BulkLoadOptions(string ConnectionString, string EncryptionKey, string HashKey, int Count, int Seed, int Days, DateTimeOffset End,
    int Batch, string ModelPath)
{
    public const string Usage = """
        Generates complaints with the corpus generator and writes them straight into PostgreSQL as intake, online
        scoring and routing leave them (sealed personal data, identifiers, near-duplicate signatures, an online score
        and a route), with binary COPY. For benchmarks: no events are published and no clusters are formed.

        usage: dotnet run --project tools/Triage.BulkLoad -c Release -- [options]
          --connection CS      PostgreSQL connection string (default $TRIAGE_TEST_POSTGRES)
          --encryption-key K   base64, 32 bytes: Triage:PersonalData:EncryptionKey of the services that will read them
          --hash-key K         base64, 32 bytes: Triage:PersonalData:HashKey
          --count N            complaints (default 100000)
          --seed S             generator seed (default 7)
          --days D             spread over D days (default 30)
          --end TIME           the last day's end, RFC 3339 (default now)
          --batch B            complaints per COPY transaction (default 20000)
          --model FILE         model for the stored online score (default models/suspect-model.zip)
        """;

    public static BulkLoadOptions? Parse(string[] args)
    {
        // Options come in pairs: --name value.
        var pairs = args.Chunk(2).ToList();
        if (pairs.Any(p => p.Length != 2 || !p[0].StartsWith("--") || p[0] == "--help"))
            return null;
        var values = pairs.ToDictionary(p => p[0][2..], p => p[1]);
        string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Number(string name, string fallback) => int.Parse(Get(name, fallback), CultureInfo.InvariantCulture);
        var connection = Get("connection", Environment.GetEnvironmentVariable("TRIAGE_TEST_POSTGRES") ?? "");
        if (connection.Length == 0 || !values.ContainsKey("encryption-key") || !values.ContainsKey("hash-key"))
            return null;
        return new BulkLoadOptions(connection, values["encryption-key"], values["hash-key"], Number("count", "100000"), Number("seed", "7"),
            Number("days", "30"), values.TryGetValue("end", out var end) ? DateTimeOffset.Parse(end, CultureInfo.InvariantCulture) : DateTimeOffset.UtcNow,
            Number("batch", "20000"), Get("model", "models/suspect-model.zip"));
    }
}
