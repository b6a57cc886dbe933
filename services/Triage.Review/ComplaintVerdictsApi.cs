using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triage.ServiceDefaults;

namespace Triage.Review;

public static class ComplaintVerdictsApi
{
    public static IEndpointRouteBuilder MapComplaintVerdictsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/complaints/{id:guid}/verdict", DecideAsync).RequireAuthorization(TriageRoles.Analyst).WithTags("Complaints")
            .WithName("DecideComplaint");
        return app;
    }

    public static async Task<Results<Ok<ComplaintVerdictResponse>, ProblemHttpResult>> DecideAsync(
        Guid id, ComplaintVerdictRequest? request, ComplaintVerdicts verdicts, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = VerdictRules.Check(request?.Verdict, request?.Note, ComplaintVerdicts.Suspect, ComplaintVerdicts.Honest);
        if (!errors.IsEmpty)
            return errors.ToProblem("The verdict is not valid.");
        return await verdicts.DecideAsync(id, request!.Verdict!, request.Note, user.Identity?.Name ?? "unknown", cancellationToken) is { } response
            ? TypedResults.Ok(response)
            : TypedResults.Problem($"No complaint has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }
}
