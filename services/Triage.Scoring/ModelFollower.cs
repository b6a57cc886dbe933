using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Triage.Scoring;

// Keeps this instance on the registry's active model: a promotion or rollback made anywhere reaches every instance
// within one poll interval; a model file written over the configured path is adopted (ModelFileWatcher).
public sealed class ModelFollower(ModelProvider models, IOptions<ScoringOptions> options, ILogger<ModelFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = new ModelFileWatcher(models);
        using var timer = new PeriodicTimer(options.Value.ModelPollInterval);
        do
        {
            try
            {
                // The first round registers the configured file when the registry is empty, before any request needs it.
                await models.GetAsync(stoppingToken);
                await models.FollowAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Could not read the active model from the registry ({Error})", exception.Message);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
