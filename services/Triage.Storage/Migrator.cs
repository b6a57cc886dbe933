using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Triage.Storage;

public sealed class Migrator(Database database, TimeProvider clock, ILogger<Migrator> logger)
{
    // Any fixed number: it names the PostgreSQL advisory lock that keeps two instances from migrating at once.
    private const long MigrationLock = 7_346_001;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Provider == StorageProvider.Postgres)
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@MigrationLock)", new { MigrationLock }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {database.Dialect.Timestamp} NOT NULL)",
                cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
            foreach (var (version, name, script) in Scripts().Where(s => !applied.Contains(s.Version)))
                await ApplyAsync(connection, version, name, script, cancellationToken);
        }
        finally
        {
            if (database.Provider == StorageProvider.Postgres)
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@MigrationLock)", new { MigrationLock }, cancellationToken: cancellationToken));
        }
    }

    private async Task ApplyAsync(DbConnection connection, int version, string name, string script, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(database.Dialect.Expand(script), transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(
            new CommandDefinition("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @now)",
            new { version, name, now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Applied migration {Version} {Name}", version, name);
    }

    private static IEnumerable<(int Version, string Name, string Script)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql")).Order())
        {
            var name = resource.Split('.')[^2];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (int.Parse(name[..3]), name, reader.ReadToEnd());
        }
    }
}
