using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Triage.Storage;

public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM schema_migrations", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"{database.Provider} is usable");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy($"{database.Provider} is not usable: {exception.GetType().Name}");
        }
    }
}
