using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triage.Storage;

namespace Triage.Messaging;

public static class OutboxApi
{
    public const string AdminRole = "admin";

    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/outbox", GetStatusAsync).RequireAuthorization(AdminRole).WithTags("Operations").WithName("GetOutboxStatus");
        return app;
    }

    public static async Task<Ok<OutboxStatus>> GetStatusAsync(Database database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var pending = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", cancellationToken: cancellationToken));
        var sent = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL", cancellationToken: cancellationToken));
        var oldest = await connection.QueryFirstOrDefaultAsync<DateTimeOffset?>(
            new CommandDefinition("SELECT created_at FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1", cancellationToken: cancellationToken));
        return TypedResults.Ok(new OutboxStatus(pending, oldest, sent));
    }
}
