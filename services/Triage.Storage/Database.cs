using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using Polly;

namespace Triage.Storage;

public sealed partial class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _sqlite;
    private readonly bool _shared;

    static Database() => DapperMapping.Register();

    private Database(Database other, ResiliencePipeline resilience)
    {
        Provider = other.Provider;
        Dialect = other.Dialect;
        Resilience = resilience;
        _postgres = other._postgres;
        _sqlite = other._sqlite;
        _shared = true;
    }

    public Database(StorageProvider provider, string connectionString, ResiliencePipeline resilience)
    {
        Provider = provider;
        Resilience = resilience;
        Dialect = SqlDialect.For(provider);
        if (provider == StorageProvider.Postgres)
            _postgres = NpgsqlDataSource.Create(WithoutJit(connectionString));
        else
            _sqlite = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    // PostgreSQL compiles a statement to machine code (JIT) when the planner's estimate passes jit_above_cost: up to about
    // half a second of CPU a call, more than any statement here runs, and whether an estimate passes the bar changes with
    // the table statistics. Under load it took about 30 s of the server's CPU in some runs and none in others
    // (docs/benchmarks.md, "Compiled statements"), so Triage's connections turn it off, unless the connection string's
    // Options set jit.
    private static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options is { } options && JitSetting().IsMatch(options))
            return connectionString;
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : $"{builder.Options} -c jit=off";
        return builder.ConnectionString;
    }

    // "-c jit=on", "--jit=off", not "jit_above_cost=…" or a value that happens to contain the letters.
    [GeneratedRegex(@"(?<![\w.])jit\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex JitSetting();

    public StorageProvider Provider { get; }

    public SqlDialect Dialect { get; }

    public ResiliencePipeline Resilience { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
            return await _postgres.OpenConnectionAsync(cancellationToken);

        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA synchronous=FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite
            ? Task.FromResult<DbTransaction>(sqlite.BeginTransaction(deferred: false))
            : connection.BeginTransactionAsync(cancellationToken).AsTask();

    // The same connections without the retry pipeline, for message consumers: their endpoint retries the whole
    // message, and retrying each call inside it as well would retry twice.
    public Database WithoutRetries() => new(this, ResiliencePipeline.Empty);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null && !_shared)
            await _postgres.DisposeAsync();
    }
}
