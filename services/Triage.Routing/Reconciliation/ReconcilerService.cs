using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Messaging;

namespace Triage.Routing.Reconciliation;

// Runs the sweep every Interval in each process with the routing role. On the in-process bus it first recovers what a
// crash left: those messages died with the process.
public sealed class ReconcilerService(
    Reconciler reconciler,
    IOptions<ReconcilerOptions> options,
    IOptions<BusOptions> bus,
    TimeProvider clock,
    ILogger<ReconcilerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        var startedAt = clock.GetUtcNow();
        var recovered = bus.Value.Transport != BusTransport.InMemory;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!recovered)
                {
                    var count = await reconciler.RecoverAsync(startedAt, stoppingToken);
                    recovered = true;
                    if (count > 0)
                        logger.LogWarning("Recovered {Count} complaints that were accepted before this start and had no route yet", count);
                }
                var outcome = await reconciler.SweepAsync(stoppingToken);
                if (outcome.Deferred)
                    logger.LogWarning("Reconciler waits: the outbox has messages older than {Bound} not yet published", options.Value.Bound);
                else if (outcome.Total > 0)
                    logger.LogWarning("Reconciler re-drove {Redriven} complaints without a route and parked {Parked} as faults", outcome.Redriven, outcome.Parked);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Reconciler sweep failed ({Error}: {Message}); next try in {Interval}", exception.GetType().Name, exception.Message, interval);
            }
            await Task.Delay(interval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
