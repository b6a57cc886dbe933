using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triage.ServiceDefaults;

namespace Triage.Rescoring;

public static class RescoringApi
{
    public static IEndpointRouteBuilder MapRescoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/rescoring").RequireAuthorization(TriageRoles.Admin).WithTags("Rescoring");
        api.MapPost("/", StartAsync).WithName("StartRescoring");
        api.MapGet("/{runId:guid}", GetAsync).WithName("GetRescoringRun");
        return app;
    }

    public static async Task<Results<Accepted<RescoringStarted>, ProblemHttpResult>> StartAsync(
        RescoringRequest? request, RescoringRuns runs, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new ValidationErrors();
        if (request?.Since is { } since && request.Until is { } until && since >= until)
            errors.Add("since", "must be before until");
        if (request?.Until is { } end && end > now.AddDays(1))
            errors.Add("until", "may not be more than 24 h in the future");
        if (!errors.IsEmpty)
            return errors.ToProblem("The rescoring window is not valid.");
        var start = await runs.StartAsync(request?.Since, request?.Until, $"manual:{Guid.NewGuid():N}", user.Identity?.Name ?? "unknown", cancellationToken);
        if (start.Overlaps)
            return TypedResults.Problem($"Rescoring run {start.RunId} over an overlapping window is still in progress; start this one when it has finished.",
                statusCode: StatusCodes.Status409Conflict, title: "A rescoring run is in progress",
                extensions: new Dictionary<string, object?> { ["runId"] = start.RunId });
        return TypedResults.Accepted($"/api/v1/rescoring/{start.RunId}", new RescoringStarted(start.RunId));
    }

    public static async Task<Results<Ok<RescoringRun>, ProblemHttpResult>> GetAsync(Guid runId, RescoringRuns runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(runId, cancellationToken) is { } run
            ? TypedResults.Ok(run)
            : TypedResults.Problem($"No rescoring run has the id {runId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
