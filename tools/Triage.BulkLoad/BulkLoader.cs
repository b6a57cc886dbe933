using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Polly;
using Triage.Classifier;
using Triage.Corpus;
using Triage.Storage;

namespace Triage.BulkLoad;

// The generator streams complaints in arrival order into batches; each batch is sealed and fingerprinted in parallel,
// scored online over everything before it, and copied into PostgreSQL while the next batch is prepared.
public static class BulkLoader
{
    public static async Task<string> RunAsync(BulkLoadOptions options, CancellationToken cancellationToken)
    {
        await using var database = new Database(StorageProvider.Postgres, options.ConnectionString, ResiliencePipeline.Empty);
        await new Migrator(database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync(cancellationToken);
        var protector = PersonalDataKeys.CreateProtector(
            new PersonalDataOptions { EncryptionKey = options.EncryptionKey, HashKey = options.HashKey }, StorageProvider.Postgres, "");
        var factory = new ComplaintFactory(protector);
        using var scores = new OnlineScores(SuspectModel.Load(options.ModelPath));
        var corpus = new CorpusOptions { Seed = options.Seed, Complaints = options.Count, Days = options.Days, End = options.End };

        var batches = Channel.CreateBounded<List<Corpus.Wire.Complaint>>(2);
        var generating = Task.Run(async () =>
        {
            foreach (var chunk in new CorpusGenerator(corpus).Generate().Select(c => c.Complaint).Chunk(options.Batch))
                await batches.Writer.WriteAsync([.. chunk], cancellationToken);
            batches.Writer.Complete();
        }, cancellationToken);

        var clock = Stopwatch.StartNew();
        var loaded = 0;
        var writing = Task.CompletedTask;
        await using var connection = (NpgsqlConnection)await database.OpenAsync(cancellationToken);
        await foreach (var wire in batches.Reader.ReadAllAsync(cancellationToken))
        {
            var batch = new LoadedComplaint[wire.Count];
            Parallel.For(0, wire.Count, i => batch[i] = factory.Create(wire[i]));
            var decisions = await scores.DecideAsync(batch, DateTimeOffset.UtcNow, cancellationToken);
            await writing;
            loaded += batch.Length;
            var done = loaded;
            writing = ComplaintCopy.WriteAsync(connection, batch, decisions, cancellationToken)
                .ContinueWith(t =>
                {
                    t.GetAwaiter().GetResult();
                    Console.Error.WriteLine($"{done:N0} / {options.Count:N0} complaints, {clock.Elapsed.TotalSeconds:N0} s, {done / clock.Elapsed.TotalSeconds:N0}/s");
                }, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        await writing;
        await generating;
        var written = clock.Elapsed;
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 })
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        return $"loaded {loaded:N0} complaints in {written.TotalSeconds:N1} s ({loaded / written.TotalSeconds:N0}/s), ANALYZE {(clock.Elapsed - written).TotalSeconds:N1} s; " +
               $"window ends {options.End:o}, {options.Days} days";
    }
}
