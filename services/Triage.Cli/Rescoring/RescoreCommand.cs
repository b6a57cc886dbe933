using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Triage.Cli.Hosting;
using Triage.Rescoring;
using Triage.Storage;

namespace Triage.Cli.Rescoring;

public static class RescoreCommand
{
    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Start of the window, RFC 3339 [default: 30 days before --until]", HelpName = "TIME" };
        var until = new Option<string?>("--until") { Description = "End of the window (exclusive), RFC 3339 [default: now]", HelpName = "TIME" };
        var dataDir = ConfiguredHost.DataDirOption();
        var command = new Command("rescore",
            "Runs the nightly rescoring now against the configured database: the window's complaints are rescored in hindsight over the whole " +
            "window in this process, chunk by chunk, and changed decisions are written with a hindsight score and a fresh route. The database " +
            "is configured as for the services: Triage__Storage__Provider, Triage__Storage__ConnectionString, Triage__PersonalData__EncryptionKey " +
            "and HashKey (PostgreSQL), or the SQLite file in --data-dir, which may belong to a running or a stopped embedded host. This command " +
            "publishes nothing itself: the ComplaintRouted and RescoringCompleted events it writes to the outbox are published by the running " +
            "services' dispatchers (or when they next start). Exit code 0 when the run completed, 1 when it did not, 2 for a bad window.")
        {
            since, until, dataDir,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(since), parse.GetValue(until), parse.GetValue(dataDir), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? sinceText, string? untilText, string? dataDir, CancellationToken cancellationToken)
    {
        if (RescoreWindow.Parse(sinceText, untilText, DateTimeOffset.UtcNow, out var error) is not { } window)
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        using var host = ConfiguredHost.Build(dataDir);
        var services = host.Services;
        if (await ConfiguredHost.OpenAsync(services, cancellationToken) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }

        var runs = services.GetRequiredService<RescoringRuns>();
        var rescorer = services.GetRequiredService<ChunkRescorer>();
        var recompute = services.GetRequiredService<ClusterRecompute>();
        var clock = Stopwatch.StartNew();
        var start = await runs.StartAsync(window.Since, window.Until, $"cli:{Guid.NewGuid()}", $"cli:{Environment.UserName}", cancellationToken, queueChunks: false);
        if (start.Overlaps)
        {
            Console.Error.WriteLine($"Rescoring run {start.RunId} over an overlapping window is still in progress; run this when it has finished.");
            return 2;
        }
        var runId = start.RunId;
        var chunks = await RunChunks.ReadAsync(services.GetRequiredService<Database>(), runId, cancellationToken);
        var byOthers = 0;
        try
        {
            if (chunks.Count > 0)
                byOthers = await Progress.RunAsync("rescoring", chunks.Sum(c => c.Complaints), async progress =>
                {
                    var (done, elsewhere) = (0, 0);
                    foreach (var chunk in chunks)
                    {
                        // A chunk a running rescoring worker took first comes back as already done; this one moves on.
                        if (await rescorer.RescoreAsync(runId, chunk.Chunk, cancellationToken) == ChunkOutcome.AlreadyDone)
                            elsewhere++;
                        progress.Report(done += chunk.Complaints);
                    }
                    return elsewhere;
                });
            // The last step: the window's clusters recomputed whole (a running worker may have taken it first).
            Console.Error.WriteLine("recomputing the window's clusters in hindsight…");
            await recompute.RecomputeAsync(runId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"Cancelled: rescoring run {runId} is unfinished. The next start of a service with the rescoring role resumes it.");
            return 1;
        }
        var run = (await runs.GetAsync(runId, CancellationToken.None))!;
        Console.Error.WriteLine(RunReport.Summary(run, window, chunks.Count, byOthers, clock.Elapsed));
        if (run.Status == RunStatus.Completed)
            return 0;
        Console.Error.WriteLine($"Rescoring run {runId} did not complete (status {run.Status}): see the warnings above; the next start of a service " +
                                "with the rescoring role resumes it.");
        return 1;
    }
}
