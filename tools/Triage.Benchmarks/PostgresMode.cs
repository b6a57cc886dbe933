using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Triage.Complaints.Evidence;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Benchmarks;

// A throwaway database on the given server, migrated as the services migrate it, dropped afterwards unless kept.
public static class PostgresMode
{
    public static async Task RunAsync(IReadOnlyList<CorpusText> corpus, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var admin = options.Connection ?? throw new InvalidOperationException("postgres needs --connection or TRIAGE_TEST_POSTGRES");
        var name = $"triage_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
            await connection.ExecuteAsync(new CommandDefinition($"CREATE DATABASE {name}", cancellationToken: cancellationToken));
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 20 }.ConnectionString;
            await using var database = new Database(StorageProvider.Postgres, connectionString, DatabaseResilience.Create(TimeSpan.FromSeconds(60)));
            await new Migrator(database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync();
            await MeasureAsync(corpus, options, database, cancellationToken);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (options.Keep)
            {
                Console.WriteLine($"kept database {name}");
            }
            else
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.ExecuteAsync(new CommandDefinition($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", cancellationToken: cancellationToken));
            }
        }
    }

    private static async Task MeasureAsync(IReadOnlyList<CorpusText> corpus, BenchmarkOptions options, Database database, CancellationToken cancellationToken)
    {
        var index = new SqlNearDuplicateIndex(database, new NearDuplicateOptions());
        var size = options.Sizes[0];
        var inserted = 0;
        var read = 0;
        var insertSeconds = 0.0;
        var batches = new Latencies();
        while (inserted < size && read < corpus.Count)
        {
            var count = Math.Min(50_000, corpus.Count - read);
            var fingerprints = Fingerprints.Of(corpus, read, count).Take(size - inserted).ToList();
            read += count;
            var started = Stopwatch.GetTimestamp();
            foreach (var batch in fingerprints.Chunk(options.Batch))
                await batches.TimeAsync(async () => { await index.AddAsync(batch); return 0; });
            insertSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
            inserted += fingerprints.Count;
        }
        Console.WriteLine($"inserted {inserted:N0} in batches of {options.Batch:N0}: {inserted / insertSeconds:N0} complaints/s; per batch {batches}");
        await using (var connection = await database.OpenAsync())
        {
            // Separately: VACUUM cannot run inside the implicit transaction of a multi-statement command.
            await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE near_duplicate_signatures", cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE near_duplicate_buckets", cancellationToken: cancellationToken));
            var sizes = await connection.QuerySingleAsync<(long Signatures, long Buckets)>(
                new CommandDefinition("SELECT pg_total_relation_size('near_duplicate_signatures'), pg_total_relation_size('near_duplicate_buckets')",
                    cancellationToken: cancellationToken));
            Console.WriteLine($"  tables: signatures {sizes.Signatures / 1048576.0:N0} MiB, buckets {sizes.Buckets / 1048576.0:N0} MiB, {(sizes.Signatures + sizes.Buckets) / (double)inserted:N0} bytes per complaint");
        }

        var random = new Random(options.Seed);
        var sample = Fingerprints.Of(Enumerable.Range(0, Math.Min(options.Queries, read)).Select(_ => corpus[random.Next(read)]).ToList(), 0, Math.Min(options.Queries, read));
        foreach (var variant in QueryVariant.All)
        {
            foreach (var complaint in sample.Take(200))
                await index.QueryAsync(variant.For(complaint));
            var latencies = new Latencies();
            var found = 0L;
            foreach (var complaint in sample)
                found += (await latencies.TimeAsync(() => index.QueryAsync(variant.For(complaint)))).Count;
            Console.WriteLine($"  {variant.Name}, one client: {latencies}; {found / (double)sample.Count:N1} neighbours on average");
        }
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(sample, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (complaint, ct) =>
            await index.QueryAsync(new NearDuplicateQuery(complaint.Fingerprint, complaint.Owner, WithSpans: false), ct));
        Console.WriteLine($"  query, 8 clients: {sample.Count / clock.Elapsed.TotalSeconds:N0} queries/s");
    }
}
