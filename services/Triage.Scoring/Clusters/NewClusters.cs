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

    public static async Task CreateAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyList<string> ids,
        DateTimeOffset now, CancellationToken cancellationToken, int? commandTimeout = null)
    {
        if (ids.Count == 0)
            return;
        const string columns = "id, status, suspect, size, risk, first_seen, last_seen, created_at, updated_at";
        const string values = $"'{ClusterStatus.Open}', 0, 0, 0, @Now, @Now, @Now, @Now";
        var command = dialect.Provider == StorageProvider.Postgres
            ? new CommandDefinition($"INSERT INTO clusters ({columns}) SELECT id, {values} FROM unnest(@Ids) AS u(id)",
                new { Ids = ids.ToArray(), Now = now }, transaction, commandTimeout, cancellationToken: cancellationToken)
            : new CommandDefinition($"INSERT INTO clusters ({columns}) VALUES (@Id, {values})",
                ids.Select(id => new { Id = id, Now = now }), transaction, commandTimeout, cancellationToken: cancellationToken);
        await connection.ExecuteAsync(command);
    }
}
