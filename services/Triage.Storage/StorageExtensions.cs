using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Triage.Storage;

public static class StorageExtensions
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        // The one clock of every process; a test that registered its own before keeps it.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.Section);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .Validate(o => o.Provider == StorageProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"{StorageOptions.Section}:ConnectionString is required for PostgreSQL.")
            .ValidateOnStart();
        builder.Services.AddOptions<PersonalDataOptions>().BindConfiguration(PersonalDataOptions.Section);

        builder.Services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var connectionString = storage.ConnectionString;
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var dataDir = sp.GetRequiredService<IOptions<TriageOptions>>().Value.FullDataDir;
                DataDirectory.Ensure(dataDir);
                DataDirectory.EnsurePrivateFile(Path.Combine(dataDir, "triage.db"));
                connectionString = $"Data Source={Path.Combine(dataDir, "triage.db")}";
            }
            return new Database(storage.Provider, connectionString, DatabaseResilience.Create(TimeSpan.FromSeconds(storage.CommandTimeoutSeconds)));
        });
        builder.Services.AddSingleton(sp => PersonalDataKeys.CreateProtector(
            sp.GetRequiredService<IOptions<PersonalDataOptions>>().Value,
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider,
            sp.GetRequiredService<IOptions<TriageOptions>>().Value.FullDataDir));
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddHostedService<MigrationHostedService>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("storage", tags: ["ready"]);
        return builder;
    }
}
