using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Testing;

namespace Triage.Tests.Infrastructure;

// Runs a test class once on SQLite and once on PostgreSQL.
public abstract class StorageFixture(string storage)
{
    private PostgresDatabase? _postgres;

    protected TriageFactory Factory { get; private set; } = null!;

    protected string Storage { get; } = storage;

    protected PostgresDatabase? Postgres => _postgres;

    protected virtual Dictionary<string, string?> Settings => [];

    [OneTimeSetUp]
    public async Task StartHost()
    {
        if (Storage == "postgres")
        {
            _postgres = await PostgresDatabase.CreateAsync();
            Factory = TriageFactory.Postgres(_postgres.ConnectionString, Settings);
        }
        else
        {
            Factory = TriageFactory.Sqlite(Settings);
        }
        Factory.CreateClient().Dispose();
    }

    // One value read from the host's database.
    protected Task<long> ScalarAsync(string sql, object? parameters) => ScalarAsync<long>(sql, parameters);

    protected async Task<T> ScalarAsync<T>(string sql, object? parameters)
    {
        await using var connection = await Factory.Services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"no value: {sql}");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        if (Factory is not null)
            await Factory.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
    }
}
