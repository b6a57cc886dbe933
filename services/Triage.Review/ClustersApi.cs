using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triage.Routing;
using Triage.ServiceDefaults;
using Triage.Storage;

namespace Triage.Review;

public static class ClustersApi
{
    private static readonly string[] Statuses = [ClusterState.Open, ClusterState.Confirmed, ClusterState.Dismissed];

    public static IEndpointRouteBuilder MapClustersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/clusters").RequireAuthorization(TriageRoles.Analyst).WithTags("Clusters");
        api.MapGet("/", ListAsync).WithName("ListClusters");
        api.MapGet("/{id}", GetAsync).WithName("GetCluster");
        api.MapPost("/{id}/verdict", VerdictAsync).WithName("DecideCluster");
        api.MapPost("/{id}/reopen", ReopenAsync).WithName("ReopenCluster");
        return app;
    }

    public static async Task<Results<Ok<ClusterPage>, ProblemHttpResult>> ListAsync(
        string? status, string? minSize, string? limit, string? cursor, ClusterReader clusters, AuditLog audit, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (status is not null && !Statuses.Contains(status))
            errors.Add("status", $"must be one of {string.Join(", ", Statuses)}");
        var size = 0;
        if (minSize is not null && (!int.TryParse(minSize, CultureInfo.InvariantCulture, out size) || size < 0))
            errors.Add("minSize", "must be a whole number, 0 or more");
        var take = 50;
        if (limit is not null && (!int.TryParse(limit, CultureInfo.InvariantCulture, out take) || take is < 1 or > 500))
            errors.Add("limit", "must be a whole number from 1 to 500");
        if (!ClusterCursor.TryDecode(cursor, out var after))
            errors.Add("cursor", "is not a cursor this API returned");
        if (!errors.IsEmpty)
            return errors.ToProblem("The query is not valid.");

        var (items, next) = await clusters.ListAsync(status, size, take, after, cancellationToken);
        if (items.Count > 0)
            await audit.RecordAsync(Actor(user), "list-clusters", "clusters", $"{items.Count} clusters", cancellationToken);
        return TypedResults.Ok(new ClusterPage(items, next?.Encode()));
    }

    public static async Task<Results<Ok<ClusterDetail>, ProblemHttpResult>> GetAsync(
        string id, ClusterReader clusters, AuditLog audit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var detail = await clusters.DetailAsync(id, cancellationToken);
        if (detail is null)
            return NotFound(id);
        await audit.RecordAsync(Actor(user), "read-cluster", $"cluster:{id}", $"{detail.Members.Count} members", cancellationToken);
        return TypedResults.Ok(detail);
    }

    public static async Task<Results<Ok<VerdictResponse>, ProblemHttpResult>> VerdictAsync(
        string id, VerdictRequest? request, ClusterVerdicts verdicts, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = VerdictRules.Check(request?.Verdict, request?.Note, ClusterState.Confirmed, ClusterState.Dismissed);
        if (!errors.IsEmpty)
            return errors.ToProblem("The verdict is not valid.");
        return Outcome(id, await verdicts.DecideAsync(id, request!.Verdict!, request.Note, Actor(user), cancellationToken));
    }

    public static async Task<Results<Ok<VerdictResponse>, ProblemHttpResult>> ReopenAsync(
        string id, ClusterVerdicts verdicts, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Outcome(id, await verdicts.DecideAsync(id, "reopened", null, Actor(user), cancellationToken));

    private static Results<Ok<VerdictResponse>, ProblemHttpResult> Outcome(string id, VerdictOutcome outcome) =>
        !outcome.Found ? NotFound(id)
        : outcome.Problem is { } problem ? TypedResults.Problem(problem, statusCode: StatusCodes.Status409Conflict, title: "Conflict")
        : TypedResults.Ok(new VerdictResponse(id, outcome.Status!, outcome.Rerouted));

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No cluster has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

}
