using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Triage.Tests.Infrastructure;

// The real host in-process, on the storage and transport a test asks for.
public sealed class TriageFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public TriageFactory(Dictionary<string, string?> settings)
    {
        DataDir = Directory.CreateTempSubdirectory("triage-test-").FullName;
        // Intake alone unless a test asks for more: intake tests should not race the scoring consumer.
        _settings = new Dictionary<string, string?> { ["Triage:DataDir"] = DataDir, ["Triage:Roles"] = "intake" };
        foreach (var (key, value) in settings)
            _settings[key] = value;
    }

    public string DataDir { get; }

    // Leaves the data folder behind on dispose, for a test that starts the host again on it.
    public bool KeepDataDir { get; set; }

    public CapturedLogs Logs { get; } = new();

    // The spans the host ends, for a test that follows traces; null keeps none.
    public CollectedSpans? Spans { get; init; }

    public static TriageFactory Sqlite(Dictionary<string, string?>? settings = null) => new(settings ?? []);

    public static TriageFactory Postgres(string connectionString, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Triage:Storage:Provider"] = "Postgres",
            ["Triage:Storage:ConnectionString"] = connectionString,
            ["Triage:PersonalData:EncryptionKey"] = TestKeys.Encryption,
            ["Triage:PersonalData:HashKey"] = TestKeys.Hash,
        };
        foreach (var (key, value) in settings ?? [])
            all[key] = value;
        return new TriageFactory(all);
    }

    // On PostgreSQL with the bus on RabbitMQ (the production form in one process).
    public static TriageFactory PostgresAndRabbitMq(string connectionString, string rabbitMq, Dictionary<string, string?> settings) =>
        Postgres(connectionString, new Dictionary<string, string?>(settings) { ["Triage:Bus:Transport"] = "RabbitMq", ["Triage:Bus:RabbitMq"] = rabbitMq });

    public HttpClient CreateClient(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        if (Spans is { } spans)
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (!KeepDataDir)
                Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException) { }
    }
}
