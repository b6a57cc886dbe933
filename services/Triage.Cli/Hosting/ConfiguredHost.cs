using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Triage.Messaging;
using Triage.Rescoring;
using Triage.Routing;
using Triage.Scoring;
using Triage.Storage;

namespace Triage.Cli.Hosting;

// What `rescore`, `train --from-db` and `models` run on: the services' own registrations over the services'
// configuration sources (appsettings.json in the current folder, environment variables), built but never started: no bus, no outbox dispatcher, no schedule, no resume. What the run
// puts in the outbox is published by the running services, which share the database.
public static class ConfiguredHost
{
    public static IHost Build(string? dataDir)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        var overrides = new Dictionary<string, string?>
        {
            ["Triage:Bus:Transport"] = nameof(BusTransport.InMemory),
            ["Triage:Outbox:DispatcherEnabled"] = "false",
        };
        if (dataDir is not null)
            overrides["Triage:DataDir"] = dataDir;
        builder.Configuration.AddInMemoryCollection(overrides);

        // Logs go to standard error, warnings only: standard output and the progress bar stay readable.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.AddStorage();
        builder.AddTriageBus();
        builder.AddScoring();
        builder.AddRouting();
        builder.AddRescoring();
        return builder.Build();
    }

    public static Option<string?> DataDirOption() => new("--data-dir")
    {
        Description = "Folder of the embedded default's SQLite file and keys, as Triage:DataDir [default: ./data]; unused on PostgreSQL",
        HelpName = "DIR",
    };

    // Settings checked, the database found and migrated; the reason when it cannot be used.
    public static async Task<string?> OpenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var file = Path.Combine(services.GetRequiredService<IOptions<TriageOptions>>().Value.FullDataDir, "triage.db");
            // Without this check an empty database and fresh keys would be created where the user mistyped a folder.
            if (storage.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(storage.ConnectionString) && !File.Exists(file))
                return $"No database at {file}: give --data-dir the folder of the embedded host's triage.db, or configure Triage__Storage__Provider and ConnectionString.";
            services.GetRequiredService<PersonalDataProtector>();
            await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
            return null;
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or DbException)
        {
            return $"The configured database cannot be used: {e.Message}";
        }
    }
}
