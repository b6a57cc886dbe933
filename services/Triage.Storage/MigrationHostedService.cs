using Microsoft.Extensions.Hosting;

namespace Triage.Storage;

public sealed class MigrationHostedService(Migrator migrator, Database database) : IHostedService
{
    // A database that is still starting (a container coming up) is waited for, within the retry budget.
    public Task StartAsync(CancellationToken cancellationToken) =>
        database.Resilience.ExecuteAsync(async ct => await migrator.MigrateAsync(ct), cancellationToken).AsTask();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
