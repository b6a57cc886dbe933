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
            try
            {
                await runs.StartAsync(null, next, $"schedule:{next.UtcDateTime:yyyy-MM-ddTHH:mm}Z", "schedule", stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The scheduled rescoring at {Next:o} could not start", next);
            }
        }
    }
}
