using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Triage.Complaints.Evidence;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Testing;

// One near-duplicate index under test: "memory", "sqlite" (a temporary file) or "postgres" (a throwaway database),
// migrated the way the services migrate.
public sealed class IndexStore : IAsyncDisposable
{
    private readonly Database? _database;
    private readonly PostgresDatabase? _postgres;
    private readonly string? _file;

    private IndexStore(INearDuplicateIndex index, Database? database = null, PostgresDatabase? postgres = null, string? file = null)
    {
        Index = index;
        _database = database;
        _postgres = postgres;
        _file = file;
    }

    public INearDuplicateIndex Index { get; private set; }

    public static async Task<IndexStore> CreateAsync(string storage, NearDuplicateOptions options)
    {
        switch (storage)
        {
            case "memory":
                return new IndexStore(new InMemoryNearDuplicateIndex(options));
            case "sqlite":
            {
                var file = Path.Combine(Path.GetTempPath(), $"triage-signals-{Guid.NewGuid():N}.db");
                var database = await MigratedAsync(StorageProvider.Sqlite, $"Data Source={file}");
                return new IndexStore(new SqlNearDuplicateIndex(database, options), database, file: file);
            }
            case "postgres":
            {
                var postgres = await PostgresDatabase.CreateAsync();
                var database = await MigratedAsync(StorageProvider.Postgres, postgres.ConnectionString);
                return new IndexStore(new SqlNearDuplicateIndex(database, options), database, postgres);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(storage), storage, "memory, sqlite or postgres");
        }
    }

    public async Task ClearAsync()
    {
        if (Index is InMemoryNearDuplicateIndex memory)
        {
            memory.Dispose();
            Index = new InMemoryNearDuplicateIndex(memory.Options);
            return;
        }
        await using var connection = await _database!.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM near_duplicate_buckets; DELETE FROM near_duplicate_signatures;");
    }

    public async ValueTask DisposeAsync()
    {
        (Index as IDisposable)?.Dispose();
        if (_database is not null)
            await _database.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
                File.Delete(path);
        }
    }

    private static async Task<Database> MigratedAsync(StorageProvider provider, string connectionString)
    {
        var database = new Database(provider, connectionString, DatabaseResilience.Create(TimeSpan.FromSeconds(30)));
        await new Migrator(database, TimeProvider.System, NullLogger<Migrator>.Instance).MigrateAsync();
        return database;
    }
}
