using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triage.Scoring.Registry;
using Triage.ServiceDefaults;

namespace Triage.Scoring;

// The model registry for admins: the list with each candidate's comparison, a candidate's held-out report, promotion
// (refused with 409 unless the candidate beat the model active now, or forced with a note) and rollback. Each handler
// first makes sure the provider has registered the configured model, so that an empty registry is never what it sees.
public static class ModelsApi
{
    public const int MaxNote = 2_000;

    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/models").RequireAuthorization(TriageRoles.Admin).WithTags("Models");
        api.MapGet("/", ListAsync).WithName("ListModels");
        api.MapGet("/{version}/report", ReportAsync).WithName("GetModelReport");
        api.MapPost("/{version}/promote", PromoteAsync).WithName("PromoteModel");
        api.MapPost("/rollback", RollbackAsync).WithName("RollbackModel");
        return app;
    }

    public static async Task<Ok<ModelList>> ListAsync(ModelRegistry registry, ModelProvider models, CancellationToken cancellationToken)
    {
        await models.GetAsync(cancellationToken);
        var registered = await registry.ListAsync(cancellationToken);
        var history = await registry.HistoryAsync(cancellationToken);
        return TypedResults.Ok(new ModelList(history.FirstOrDefault()?.Version, registered.Select(ModelSummary.From).ToList(), history));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReportAsync(string version, ModelRegistry registry, CancellationToken cancellationToken) =>
        await registry.ReportAsync(version, cancellationToken) is { } report
            ? TypedResults.Text(report, "application/json")
            : TypedResults.Problem($"No model {version} with a held-out report is registered.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static async Task<Results<Ok<ActivationResponse>, ProblemHttpResult>> PromoteAsync(string version, PromoteRequest? request, ModelRegistry registry,
        ModelProvider models, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await models.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        var force = request?.Force ?? false;
        if (force && string.IsNullOrWhiteSpace(request?.Note))
            errors.Add("note", "is required with force: say why the rule is overridden");
        if (request?.Note is { Length: > MaxNote })
            errors.Add("note", $"may be at most {MaxNote:N0} characters");
        // Stored as written; PostgreSQL refuses a NUL in a text column.
        if (request?.Note?.Contains('\0') == true)
            errors.Add("note", "may not contain the NUL character (U+0000)");
        if (!errors.IsEmpty)
            return errors.ToProblem("The promotion is not valid.");
        return await OutcomeAsync(await registry.PromoteAsync(version, Actor(user), force, request?.Note, cancellationToken), $"No model {version} is registered.",
            models, cancellationToken);
    }

    public static async Task<Results<Ok<ActivationResponse>, ProblemHttpResult>> RollbackAsync(RollbackRequest? request, ModelRegistry registry,
        ModelProvider models, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await models.GetAsync(cancellationToken);
        var errors = new ValidationErrors();
        if (request?.Reason is { Length: > MaxNote })
            errors.Add("reason", $"may be at most {MaxNote:N0} characters");
        if (request?.Reason?.Contains('\0') == true)
            errors.Add("reason", "may not contain the NUL character (U+0000)");
        if (!errors.IsEmpty)
            return errors.ToProblem("The rollback is not valid.");
        return await OutcomeAsync(await registry.RollbackAsync(Actor(user), request?.Reason, cancellationToken), "", models, cancellationToken);
    }

    // The instance that served the request follows at once; the others within their poll interval.
    private static async Task<Results<Ok<ActivationResponse>, ProblemHttpResult>> OutcomeAsync(RegistryOutcome outcome, string notFound, ModelProvider models,
        CancellationToken cancellationToken)
    {
        if (!outcome.Found)
            return TypedResults.Problem(notFound, statusCode: StatusCodes.Status404NotFound, title: "Not found");
        if (outcome.Problem is { } problem)
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        await models.FollowAsync(cancellationToken);
        return TypedResults.Ok(new ActivationResponse(outcome.Version!, outcome.Previous));
    }

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
