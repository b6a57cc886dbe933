using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Messaging;
using Triage.Storage;

namespace Triage.Scoring.Batches;

// Online scoring's batches, gathered by a free worker. Each delivered message hands its complaint over and waits; of the
// workers (Triage:Scoring:BatchWorkers, one by default), the one that is free and gathering takes what is waiting (at most
// MessageLimit) and, when that is less, what arrives within Linger. While every worker is busy, complaints wait in the
// channel, not in closed batches: under a backlog the next free worker takes the limit at once, so batches grow with the
// load and shrink again when it passes.
//
// MassTransit's Batch<T> closes a batch a fixed time after its first message even while the batches before it are still
// being worked; the messages in hand then refill in the same small portions the finishing batches free, so under a
// backlog the batches kept the size they first had (mean 22-27 of 100 with 50 ms; docs/benchmarks.md, "Batches that
// fill"). Without any linger, a worker that is free at a moderate rate takes one or two complaints at a time, and the
// per-batch work (a transaction, the locks, an outbox dispatch) is paid for each.
public sealed class ScoringBatcher(ComplaintBatchScorer scorer, IOptions<ScoringOptions> options, ILogger<ScoringBatcher> logger) : BackgroundService
{
    public const int MessageLimit = 100;
    public const int MostWorkers = 8;

    // Enough deliveries in hand for every worker's batch and the next one to fill.
    public static int MessagesInHand(int workers) => MessageLimit * (workers + 1);

    // How long a free worker waits for more complaints after the first it finds.
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(50);

    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>();
    private readonly SemaphoreSlim _gathering = new(1, 1);

    // True when the complaint was scored (or found scored already) in a batch; false when it is to be scored on its own:
    // its batch failed, its sealed data could not be read there, or the batcher is stopping.
    public async Task<bool> ScoreAsync(Guid messageId, Guid complaintId, ActivityContext trace, CancellationToken cancellationToken)
    {
        var pending = new Pending(messageId, complaintId, trace, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_pending.Writer.TryWrite(pending))
            return false;
        return await pending.Done.Task.WaitAsync(cancellationToken);
    }

    // When the service stops (the batcher stops before the bus), what is waiting and what a cancelled batch held goes back
    // to its own message's consume, to be scored one complaint at a time while the bus drains.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.BatchWorkers;
        logger.LogInformation("Scoring in batches of up to {Limit} complaints, {Workers} at a time", MessageLimit, workers);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));
        }
        finally
        {
            _pending.Writer.TryComplete();
            while (_pending.Reader.TryRead(out var left))
                left.Done.TrySetResult(false);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!_pending.Reader.Completion.IsCompleted)
            {
                List<Pending> batch;
                // One worker gathers at a time, so that two free workers do not split what arrives between them.
                await _gathering.WaitAsync(stoppingToken);
                try
                {
                    batch = await GatherAsync(stoppingToken);
                }
                finally
                {
                    _gathering.Release();
                }
                if (batch.Count > 0)
                    await ScoreBatchAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // What is waiting now, up to the limit; when that is less, what else arrives within Linger of the first complaint.
    // Under a backlog the limit is there at once; a quiet queue costs a complaint at most Linger.
    private async Task<List<Pending>> GatherAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MessageLimit);
        if (!await _pending.Reader.WaitToReadAsync(stoppingToken))
            return batch;
        var deadline = Stopwatch.GetTimestamp() + (long)(Linger.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            while (batch.Count < MessageLimit && _pending.Reader.TryRead(out var pending))
                batch.Add(pending);
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (batch.Count >= MessageLimit || remaining <= TimeSpan.Zero)
                return batch;
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(remaining);
            try
            {
                if (!await _pending.Reader.WaitToReadAsync(wait.Token))
                    return batch;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return batch;
            }
        }
    }

    private async Task ScoreBatchAsync(List<Pending> batch, CancellationToken stoppingToken)
    {
        // The batch's span; each complaint's own span continues its message's trace and links to it.
        using var span = OutboxTracing.Source.StartActivity("score batch", ActivityKind.Internal, parentContext: default);
        span?.SetTag("messaging.batch.message_count", batch.Count);
        using var traces = BatchTraces.Start(batch.Select(p => (p.ComplaintId, p.Trace)), "score complaint");
        try
        {
            var outcome = await scorer.ScoreAsync(batch.Select(p => (p.MessageId, p.ComplaintId)).ToList(), traces, stoppingToken);
            var oneByOne = outcome.OneByOne.ToHashSet();
            foreach (var pending in batch)
                pending.Done.TrySetResult(!oneByOne.Contains(pending.ComplaintId));
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("A batch of {Messages} messages failed ({ExceptionType}); scoring its complaints one by one", batch.Count, ErrorKind.Of(exception));
            foreach (var pending in batch)
                pending.Done.TrySetResult(false);
        }
        catch (Exception)
        {
            // The service is stopping and the batch did not commit.
            foreach (var pending in batch)
                pending.Done.TrySetResult(false);
        }
    }

    private sealed record Pending(Guid MessageId, Guid ComplaintId, ActivityContext Trace, TaskCompletionSource<bool> Done);
}
