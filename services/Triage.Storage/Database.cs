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
            _postgres = NpgsqlDataSource.Create(ForTriage(connectionString));
        else
            _sqlite = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    // Two server settings Triage's connections take unless the connection string gives its own (docs/operations.md,
    // "Connections"):
    // - No JIT. PostgreSQL compiles a statement to machine code when the planner's estimate passes jit_above_cost: up to
    //   about half a second of CPU a call, more than any statement here runs, and whether an estimate passes the bar
    //   changes with the table statistics. Under load it took about 30 s of the server's CPU in some runs and none in
    //   others (docs/benchmarks.md, "Compiled statements"). Kept when the Options set jit.
    // - Statements prepared once a connection. Npgsql prepares a statement text the second time a connection runs it
    //   (up to AutoPrepared texts a connection), so the server parses and plans it once instead of at every call: in
    //   alternating runs under load the server's CPU fell and the paced run's p99 held (docs/benchmarks.md, "Prepared
    //   statements, a second time"). Kept when the connection string names Max Auto Prepare (0 turns it off, as a
    //   PgBouncer in transaction mode without prepared-statement support needs).
    private const int AutoPrepared = 30;

    private static string ForTriage(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options is not { } options || !JitSetting().IsMatch(options))
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : $"{builder.Options} -c jit=off";
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!named.Contains("MaxAutoPrepare"))
            builder.MaxAutoPrepare = AutoPrepared;
        if (!named.Contains("AutoPrepareMinUsages"))
            builder.AutoPrepareMinUsages = 2;
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
