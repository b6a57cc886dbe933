using System.Diagnostics;
using Triage.Replay.Api;

namespace Triage.Replay;

public static class Submission
{
    private const int ErrorsShown = 5;

    // Batches go one after another so that the service sees the corpus in arrival order.
    public static async Task<Submitted> RunAsync(TriageApi api, IReadOnlyList<CorpusLine> lines, ReplayOptions options, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<Guid, string>();
        var rejected = 0;
        var known = 0;
        var clock = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        foreach (var (batch, number) in lines.Chunk(options.Batch).Select((b, i) => (b, i)))
        {
            if (options.Rate is { } rate)
            {
                var due = TimeSpan.FromSeconds(number * options.Batch / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                    await Task.Delay(due, cancellationToken);
            }
            var reply = await api.SubmitBatchAsync(batch, cancellationToken);
            foreach (var item in reply.Results)
            {
                if (item.Id is { } id)
                    ids[id] = batch[item.Index].ExternalId;
                else if (++rejected <= ErrorsShown)
                    Console.Error.WriteLine($"rejected {batch[item.Index].ExternalId}: {string.Join("; ", (item.Errors ?? []).Select(e => $"{e.Key} {string.Join(", ", e.Value)}"))}");
                // A conflict is a known externalId whose stored complaint has other content: known all the same.
                known += item.Duplicate == true || item.Status == "conflict" ? 1 : 0;
            }
            if (clock.Elapsed - reported >= TimeSpan.FromSeconds(5))
            {
                reported = clock.Elapsed;
                var posted = Math.Min(lines.Count, (number + 1) * options.Batch);
                Console.Error.WriteLine($"submitted {posted:N0} of {lines.Count:N0} ({posted / clock.Elapsed.TotalSeconds:N0}/s)");
            }
        }
        return new Submitted(ids, lines.Count, rejected, known,
            lines.Count == 0 ? default : lines.Min(l => l.ReceivedAt),
            lines.Count == 0 ? default : lines.Max(l => l.ReceivedAt).AddSeconds(1),
            clock.Elapsed);
    }
}
