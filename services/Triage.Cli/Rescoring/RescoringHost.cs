using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Triage.Messaging;
using Triage.Rescoring;
using Triage.Routing;
using Triage.Scoring;
using Triage.Storage;

namespace Triage.Cli.Rescoring;

// The services' own registrations over the services' configuration sources (appsettings.json in the current folder,
// environment variables), built but never started: no bus, no outbox dispatcher, no schedule, no resume. What the run
// puts in the outbox is published by the running services, which share the database.
public static class RescoringHost
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

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddStorage();
        builder.AddTriageBus();
        builder.AddScoring();
        builder.AddRouting();
        builder.AddRescoring();
        return builder.Build();
    }
}
