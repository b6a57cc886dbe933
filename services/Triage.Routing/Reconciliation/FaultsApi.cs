using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triage.ServiceDefaults;

namespace Triage.Routing.Reconciliation;

public static class FaultsApi
{
    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin/faults").RequireAuthorization(TriageRoles.Admin).WithTags("Operations");
        api.MapGet("/", ListAsync).WithName("ListFaults")
            .WithDescription("Complaints that could not be processed (open ones unless state=all), newest first; each was routed to handling meanwhile.");
        api.MapPost("/{id:guid}/retry", RetryAsync).WithName("RetryFault")
            .WithDescription("Sends the fault's complaint through scoring and routing again; the fault is resolved when it is routed.");
        return app;
    }

    public static async Task<Results<Ok<FaultPage>, ProblemHttpResult>> ListAsync(string? state, string? limit, Faults faults, CancellationToken cancellationToken)
    {
        var take = 100;
        var errors = new ValidationErrors();
        if (state is not null and not "open" and not "all")
            errors.Add("state", "must be open or all");
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > 500))
            errors.Add("limit", "must be a whole number from 1 to 500");
        if (!errors.IsEmpty)
            return errors.ToProblem("The query is not valid.");
        return TypedResults.Ok(await faults.ListAsync(state != "all", take, cancellationToken));
    }

    public static async Task<Results<Accepted<FaultRetry>, ProblemHttpResult>> RetryAsync(Guid id, Faults faults, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var retry = await faults.RetryAsync(id, user.Identity?.Name ?? "unknown", cancellationToken);
        return retry.Outcome switch
        {
            FaultRetryOutcome.Retried => TypedResults.Accepted($"/api/v1/complaints/{retry.ComplaintId}", retry),
            FaultRetryOutcome.NotFound => TypedResults.Problem($"No fault has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            _ => TypedResults.Problem($"Fault {id} is resolved already: its complaint was routed.", statusCode: StatusCodes.Status409Conflict, title: "Already resolved"),
        };
    }
}
