using System.Data.Common;
using Dapper;

namespace Triage.Storage;

// Who read whose personal data, and when (PIPL): one row per read, written before the data is returned.
public sealed class AuditLog(Database database, TimeProvider clock)
{
    public async Task RecordAsync(string actor, string action, string subject, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await RecordAsync(connection, null, clock.GetUtcNow(), actor, action, subject, detail, cancellationToken);
    }

    // Inside the caller's transaction, for a decision that must not be on record without its audit entry (or the reverse).
    public static Task RecordAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset at, string actor, string action, string subject, string? detail, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (@At, @Actor, @Action, @Subject, @Detail)",
            new { At = at, Actor = actor, Action = action, Subject = subject, Detail = detail }, transaction, cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(DateTimeOffset? since, string? subject, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var filters = new List<string>();
        if (since is not null)
            filters.Add("at >= @Since");
        if (subject is not null)
            filters.Add("subject = @Subject");
        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        var rows = await connection.QueryAsync<AuditEntry>(
            new CommandDefinition($"""
             SELECT id, at, actor, action, subject, detail FROM audit_log
             {where} ORDER BY id DESC LIMIT @Limit
             """,
            new { Since = since, Subject = subject, Limit = limit }, cancellationToken: cancellationToken));
        return rows.ToList();
    }
}
