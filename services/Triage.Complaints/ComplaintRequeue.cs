using System.Data.Common;
using Dapper;
using Triage.Contracts;
using Triage.Messaging;

namespace Triage.Complaints;

// Sends a stored complaint through scoring and routing again, in the caller's transaction: back to `received` with the
// reconciler's count started afresh (failures of what was there before say nothing about what comes now), due for a
// re-drive at nextAttemptAt, and ComplaintReceived in the outbox. An amendment and a fault's retry both end here.
public static class ComplaintRequeue
{
    public static async Task SendAsync(DbConnection connection, DbTransaction transaction, ComplaintReceived message, DateTimeOffset nextAttemptAt, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            new CommandDefinition("UPDATE complaints SET status = 'received', attempts = 0, last_error = NULL, next_attempt_at = @Next WHERE id = @Id",
            new { Id = message.ComplaintId, Next = nextAttemptAt }, transaction, cancellationToken: cancellationToken));
        await Outbox.EnqueueAsync(connection, transaction, message, clock, cancellationToken);
    }
}
