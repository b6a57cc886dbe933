using System.Diagnostics;
using Triage.Replay.Api;

namespace Triage.Replay;

public static class RoutingWait
{
    // Reads what is still received or scored rather than what is routed: the pages to read shrink as routing
    // catches up. Received is read before scored, so a complaint moving on between the two walks is never missed;
    // one seen in both is counted once.
    public static async Task<Waited> RunAsync(TriageApi api, Submitted submitted, ReplayOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var received = await WaitingAsync(api, "received", submitted, cancellationToken);
            var waiting = await WaitingAsync(api, "scored", submitted, cancellationToken);
            waiting.UnionWith(received);
            var elapsed = clock.Elapsed;
            Console.Error.WriteLine($"{elapsed.TotalSeconds,6:N1} s after the last submit: " +
                                    $"{submitted.ExternalIds.Count - waiting.Count:N0} routed, {waiting.Count - received.Count:N0} scored, {received.Count:N0} received");
            if (waiting.Count == 0 || elapsed >= options.Timeout)
                return new Waited(waiting.Count == 0, elapsed, waiting.Count, options.Poll);
            await Task.Delay(options.Poll, cancellationToken);
        }
    }

    private static async Task<HashSet<Guid>> WaitingAsync(TriageApi api, string status, Submitted submitted, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        await foreach (var complaint in api.ListAsync(status, submitted.Since, submitted.Until, cancellationToken))
            if (submitted.ExternalIds.ContainsKey(complaint.Id))
                ids.Add(complaint.Id);
        return ids;
    }
}
