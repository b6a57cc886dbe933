using Triage.Testing;

namespace Triage.Tests.Infrastructure;

// Triage.Host processes in a split deployment, as the process tests start them: one throwaway PostgreSQL database, the
// test keys, the test broker and one data folder, all gone when it is disposed (after the processes started from it,
// when they are declared after it).
public sealed class SplitDeployment : IAsyncDisposable
{
    private readonly PostgresDatabase _postgres;

    private SplitDeployment(PostgresDatabase postgres, string dataDir, string[] shared)
    {
        _postgres = postgres;
        DataDir = dataDir;
        Shared = shared;
    }

    public string ConnectionString => _postgres.ConnectionString;

    public string DataDir { get; }

    // The arguments every process of it is given.
    public string[] Shared { get; }

    // everyProcess: settings of this test that every process shares, after the storage, keys and broker.
    public static async Task<SplitDeployment> CreateAsync(string dataDirPrefix, params string[] everyProcess)
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        var postgres = await PostgresDatabase.CreateAsync();
        var dataDir = Directory.CreateTempSubdirectory(dataDirPrefix).FullName;
        return new SplitDeployment(postgres, dataDir, [.. HostProcess.OnPostgresAndRabbitMq(postgres.ConnectionString, rabbit), .. everyProcess]);
    }

    // A process with these roles (and any further arguments), on a free port.
    public Task<HostProcess> StartAsync(string roles, params string[] args) =>
        HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), DataDir, ["--Triage:Roles", roles, .. Shared, .. args]);

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(DataDir, recursive: true);
        await _postgres.DisposeAsync();
    }
}

// What the tests add to Triage.Processes.HostProcess (which knows nothing of the test keys): the arguments every
// process of a split deployment shares, as HostProcess.OnPostgresAndRabbitMq(…).
public static class SplitDeploymentArguments
{
    extension(HostProcess)
    {
        // One PostgreSQL database, its keys, one broker.
        public static string[] OnPostgresAndRabbitMq(string connectionString, string rabbitUri) =>
        [
            "--Triage:Storage:Provider", "Postgres",
            "--Triage:Storage:ConnectionString", connectionString,
            "--Triage:PersonalData:EncryptionKey", TestKeys.Encryption,
            "--Triage:PersonalData:HashKey", TestKeys.Hash,
            "--Triage:Bus:Transport", "RabbitMq",
            "--Triage:Bus:RabbitMq", rabbitUri,
        ];
    }
}
