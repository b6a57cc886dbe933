using System.Globalization;

namespace Triage.Benchmarks;

public sealed record BenchmarkOptions(
    string Mode, string? Corpus, int Synthetic, int Seed, int? Limit, int? Sample, int[] Sizes, int Queries, int Rounds, int Batch, string? Connection, bool Keep, int ShingleLength)
{
    public const string Usage = """
        Near-duplicate benchmarks and evaluation.

        usage: dotnet run --project tools/Triage.Benchmarks -c Release -- MODE [options]
          bdn [BenchmarkDotNet arguments]   skeleton, signing and in-memory query at 100,000 with BenchmarkDotNet
          throughput                        skeletons and fingerprints per second, one thread and all cores
          evaluate                          LSH against brute force: recall, precision, estimate error
          memory                            in-memory index: insert rate, memory, query p50/p99 at each size
          postgres                          PostgreSQL index: insert rate, query p50/p99 (a throwaway database)

          --corpus DIR        complaints.jsonl (and labels.jsonl) from `triage generate`
          --synthetic N       or N complaints from the tests' synthetic corpus (default 10000)
          --seed S            synthetic corpus seed (default 1)
          --limit N           read at most N complaints of the corpus
          --sample Q          evaluate: query Q sampled complaints against all, instead of all pairs
          --shingle K         evaluate: shingle length (default 3), to compare choices
          --sizes A,B         memory: index sizes to measure at (default 100000,1000000); postgres: one size
          --queries N         queries per size (default 10000)
          --rounds N          memory: time the same queries N times (default 1); tails on a shared machine vary
          --batch N           complaints per insert call (default 1000)
          --connection CS     postgres: a server connection string (default $TRIAGE_TEST_POSTGRES)
          --keep true         postgres: keep the database afterwards, to look at plans
        """;

    public static BenchmarkOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--"))
            return null;
        var values = new Dictionary<string, string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--") || args[i] == "--help" || i + 1 >= args.Length)
                return null;
            values[args[i][2..]] = args[++i];
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        int? Maybe(string name) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : null;
        return new BenchmarkOptions(
            args[0],
            values.GetValueOrDefault("corpus"),
            Int("synthetic", 10_000),
            Int("seed", 1),
            Maybe("limit"),
            Maybe("sample"),
            values.GetValueOrDefault("sizes", "100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(),
            Int("queries", 10_000),
            Int("rounds", 1),
            Int("batch", 1_000),
            values.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable("TRIAGE_TEST_POSTGRES"),
            values.GetValueOrDefault("keep") == "true",
            Int("shingle", 3));
    }
}
