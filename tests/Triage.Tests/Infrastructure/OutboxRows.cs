using System.Data.Common;
using Dapper;

namespace Triage.Tests.Infrastructure;

public static class OutboxRows
{
    // How many outbox rows of a contract (its short name, e.g. "ComplaintRouted") hold the given text in their body.
    public static Task<long> CountAsync(DbConnection connection, string contract, object contains) =>
        connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE message_type = @Type AND body LIKE @Like",
            new { Type = $"Triage.Contracts.{contract}", Like = $"%{contains}%" });
}
