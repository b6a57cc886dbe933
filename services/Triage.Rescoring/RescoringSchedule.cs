using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Triage.Rescoring;

// The nightly trigger. Every instance with the rescoring role keeps the schedule; the run's trigger key is the
// occurrence itself, so however many fire, one run starts.
public sealed class RescoringSchedule(RescoringRuns runs, IOptions<RescoringOptions> options, TimeProvider clock, ILogger<RescoringSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Schedule))
            return;
        var cron = CronExpression.Parse(options.Value.Schedule);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (cron.GetNextOccurrence(now, zone) is not { } next)
                return;
            logger.LogInformation("Next scheduled rescoring at {Next:o}", next);
            await Task.Delay(next - now, clock, stoppingToken);
            // A run still in progress over the window (a manual one, or last night's) goes first; this one waits for it.
            for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
            {
                try
                {
                    if (!(await runs.StartAsync(null, next, $"schedule:{next.UtcDateTime:yyyy-MM-ddTHH:mm}Z", "schedule", stoppingToken)).Overlaps)
                        break;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The scheduled rescoring at {Next:o} could not start", next);
                    break;
                }
                if (attempt >= options.Value.OverlapRetries)
                {
                    logger.LogError("The scheduled rescoring at {Next:o} did not start: an overlapping run was still in progress after {Attempts} tries", next, attempt + 1);
                    break;
                }
                await Task.Delay(options.Value.OverlapRetryDelay, clock, stoppingToken);
            }
        }
    }
}
