using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Triage.Complaints;
using Triage.Storage;

namespace Triage.Scoring.Clusters;

// New clusters: open, unflagged and empty until their members' figures are written (ClusterFigures). One statement for
// any number on PostgreSQL; on SQLite one row at a time, which costs no round trips.
public static class NewClusters
{
    public static string NewId() => "CL-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

    public static Task CreateAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyList<string> ids,
        DateTimeOffset now, CancellationToken cancellationToken, int? commandTimeout = null) =>
        CreateAsync(connection, transaction, dialect, ids.Select(id => (id, now)).ToList(), cancellationToken, commandTimeout);

    // Each created at its own time: the online clustering makes each new cluster of a transaction a microsecond younger
    // than the one before, so that the oldest survives a merge also in later transactions.
    public static async Task CreateAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect,
        IReadOnlyList<(string Id, DateTimeOffset CreatedAt)> clusters, CancellationToken cancellationToken, int? commandTimeout = null)
    {
        if (clusters.Count == 0)
            return;
        const string columns = "id, status, suspect, size, risk, first_seen, last_seen, created_at, updated_at";
        var command = dialect.Provider == StorageProvider.Postgres
            ? new CommandDefinition($"INSERT INTO clusters ({columns}) SELECT id, '{ClusterStatus.Open}', 0, 0, 0, at, at, at, at FROM unnest(@Ids, @At) AS u(id, at)",
                new { Ids = clusters.Select(c => c.Id).ToArray(), At = clusters.Select(c => c.CreatedAt.ToUniversalTime()).ToArray() }, transaction, commandTimeout,
                cancellationToken: cancellationToken)
            : new CommandDefinition($"INSERT INTO clusters ({columns}) VALUES (@Id, '{ClusterStatus.Open}', 0, 0, 0, @At, @At, @At, @At)",
                clusters.Select(c => new { c.Id, At = c.CreatedAt }), transaction, commandTimeout, cancellationToken: cancellationToken);
        await connection.ExecuteAsync(command);
    }
}
