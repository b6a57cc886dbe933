using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Triage.Complaints;
using Triage.ServiceDefaults;
using Triage.Storage;

namespace Triage.Intake;

public static class ComplaintsApi
{
    public const int MaxBatchItems = 1_000;
    public const int MaxBatchBytes = 8 * 1024 * 1024;

    // The whole complaints API: what the intake role serves.
    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/complaints").RequireAuthorization(TriageRoles.Desk).WithTags("Complaints");
        api.MapPost("/", SubmitAsync).Accepts<ComplaintSubmission>("application/json").WithName("SubmitComplaint")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/batch", SubmitBatchAsync).Accepts<ComplaintSubmission[]>("application/json").WithName("SubmitComplaintBatch");
        api.MapPatch("/{id:guid}", AmendAsync).Accepts<ComplaintAmendment>("application/json").WithName("AmendComplaint")
            .WithSummary("Amends the text or category of a complaint not yet answered; it is scored and routed again, the earlier version kept")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app.MapComplaintReadsApi();
    }

    // Reading complaints, one or a page: what the review role's page needs even in a process without intake.
    public static IEndpointRouteBuilder MapComplaintReadsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/complaints").RequireAuthorization(TriageRoles.Desk).WithTags("Complaints");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetComplaint");
        api.MapGet("/", ListAsync).WithName("ListComplaints");
        return app;
    }

    public static async Task<Results<Accepted<SubmitResponse>, Ok<SubmitResponse>, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, ComplaintStore store, PersonalDataProtector protector, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, size) = await RequestBody.ReadAsync(request, SubmissionParser.MaxComplaintBytes, cancellationToken);
        if (body is null)
            return TooLarge($"A complaint body may be at most 64 KiB ({SubmissionParser.MaxComplaintBytes:N0} bytes); this one has at least {size:N0}.");

        var now = clock.GetUtcNow();
        var parsed = SubmissionParser.Parse(body, now);
        if (parsed.Complaint is null)
        {
            IntakeMetrics.ComplaintsRejected.Add(1);
            return Invalid("The complaint is not valid.", parsed.Errors);
        }

        var result = (await store.SubmitAsync([NewComplaint.From(parsed.Complaint, protector, now)], cancellationToken))[0];
        var response = new SubmitResponse(result.Id, result.ExternalId, result.Status);
        loggers.CreateLogger(typeof(ComplaintsApi)).LogInformation(
            "Complaint {ComplaintId} {Outcome} via {Channel}", result.Id,
            result.Created ? "received" : result.Conflicts ? "refused: known externalId, different content" : "already known", parsed.Complaint.Channel);
        if (result.Conflicts)
            return Conflict(result);
        return result.Created
            ? TypedResults.Accepted($"/api/v1/complaints/{result.Id}", response)
            : TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<BatchResponse>, ProblemHttpResult>> SubmitBatchAsync(
        HttpRequest request, ComplaintStore store, PersonalDataProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, size) = await RequestBody.ReadAsync(request, MaxBatchBytes, cancellationToken);
        if (body is null)
            return TooLarge($"A batch body may be at most 8 MiB ({MaxBatchBytes:N0} bytes); this one has at least {size:N0}.");

        List<JsonElement> items;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return Invalid("The batch must be a JSON array of complaints.", "body", "must be a JSON array");
            items = document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        }
        catch (JsonException)
        {
            return Invalid("The batch is not valid JSON.", "body", "is not valid JSON");
        }
        if (items.Count > MaxBatchItems)
            return Invalid($"A batch may hold at most {MaxBatchItems:N0} complaints.", "body", $"has {items.Count:N0} items; at most {MaxBatchItems:N0} are allowed");

        var now = clock.GetUtcNow();
        var results = new BatchItemResult?[items.Count];
        var accepted = new List<(int Index, NewComplaint Complaint)>();
        for (var i = 0; i < items.Count; i++)
        {
            var parsed = SubmissionParser.ParseItem(items[i], now);
            if (parsed.Complaint is null)
                results[i] = new BatchItemResult(i, null, ExternalIdOf(items[i]), "rejected", null, parsed.Errors.ToDictionary());
            else
                accepted.Add((i, NewComplaint.From(parsed.Complaint, protector, now)));
        }
        IntakeMetrics.ComplaintsRejected.Add(items.Count - accepted.Count);

        var stored = await store.SubmitAsync(accepted.Select(a => a.Complaint).ToList(), cancellationToken);
        for (var j = 0; j < accepted.Count; j++)
            results[accepted[j].Index] = stored[j].Conflicts
                ? new BatchItemResult(accepted[j].Index, stored[j].Id, stored[j].ExternalId, "conflict", null, SubmissionDifferences.ToErrors(stored[j].Differences).ToDictionary())
                : new BatchItemResult(accepted[j].Index, stored[j].Id, stored[j].ExternalId, stored[j].Status, !stored[j].Created, null);
        return TypedResults.Ok(new BatchResponse(results.Select(r => r!).ToList()));
    }

    public static async Task<Results<Ok<ComplaintView>, ProblemHttpResult>> GetAsync(
        Guid id, ComplaintStore store, ComplaintViews views, AuditLog audit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var row = await store.GetAsync(id, cancellationToken);
        if (row is null)
            return NotFound(id);
        await audit.RecordAsync(user.Identity?.Name ?? "unknown", "read-complaint", $"complaint:{id}", null, cancellationToken);
        return TypedResults.Ok(views.From(row));
    }

    // Answers with the complaint as GET shows it, through the same code (and the same audit of the read).
    public static async Task<Results<Ok<ComplaintView>, ProblemHttpResult>> AmendAsync(
        Guid id, HttpRequest request, ComplaintAmender amender, ComplaintStore store, ComplaintViews views, AuditLog audit, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var (body, size) = await RequestBody.ReadAsync(request, SubmissionParser.MaxComplaintBytes, cancellationToken);
        if (body is null)
            return TooLarge($"An amendment body may be at most 64 KiB ({SubmissionParser.MaxComplaintBytes:N0} bytes); this one has at least {size:N0}.");
        var parsed = AmendmentParser.Parse(body);
        if (parsed.Amendment is null)
            return Invalid("The amendment is not valid.", parsed.Errors);

        switch (await amender.AmendAsync(id, parsed.Amendment, user.Identity?.Name ?? "unknown", cancellationToken))
        {
            case AmendmentOutcome.NotFound:
                return NotFound(id);
            case AmendmentOutcome.Answered:
                return TypedResults.Problem($"The complaint {id} has been answered; an answered complaint can no longer be amended.",
                    statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
        return await GetAsync(id, store, views, audit, user, cancellationToken);
    }

    public static async Task<Results<Ok<ComplaintPage>, ProblemHttpResult>> ListAsync(
        string? externalId, string? status, string? route, string? since, string? until, string? limit, string? cursor,
        HttpRequest request, ComplaintStore store, ComplaintViews views, AuditLog audit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var fields = ComplaintFieldPolicy.For(user);
        if (fields.RefuseFilters(request.Query) is { } refused)
            return refused;
        var errors = new ValidationErrors();
        var take = 50;
        if (limit is not null && (!int.TryParse(limit, CultureInfo.InvariantCulture, out take) || take is < 1 or > 500))
            errors.Add("limit", "must be a whole number from 1 to 500");
        if (status is not null && !ComplaintVocabulary.Statuses.Contains(status))
            errors.Add("status", $"must be one of {string.Join(", ", ComplaintVocabulary.Statuses)}");
        // Filters go to SQL as given, and PostgreSQL refuses a NUL in a text parameter.
        if (externalId is not null && !ComplaintValidator.IsExternalId(externalId))
            errors.Add("externalId", ComplaintValidator.ExternalIdRule);
        if (route is not null && route.Any(char.IsControl))
            errors.Add("route", "must not contain control characters");
        var sinceAt = ParseTime(since, "since", errors);
        var untilAt = ParseTime(until, "until", errors);
        if (!ComplaintCursor.TryDecode(cursor, out var after))
            errors.Add("cursor", "is not a cursor this API returned");
        if (!errors.IsEmpty)
            return Invalid("The query is not valid.", errors);

        var rows = await store.ListAsync(new ComplaintQuery(externalId, status, route, sinceAt, untilAt, take, after), cancellationToken);
        var page = rows.Take(take).Select(row => views.From(row, fields)).ToList();
        if (page.Count > 0)
            await audit.RecordAsync(user.Identity?.Name ?? "unknown", "list-complaints", "complaints", $"{page.Count} complaints", cancellationToken);
        var next = rows.Count > take ? new ComplaintCursor(rows[take - 1].ReceivedAt, rows[take - 1].Id).Encode() : null;
        return TypedResults.Ok(new ComplaintPage(page, next));
    }

    private static DateTimeOffset? ParseTime(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
            return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return parsed.ToUniversalTime();
        errors.Add(field, "must be an RFC 3339 timestamp, such as 2026-11-20T00:00:00+08:00");
        return null;
    }

    // Echoed for a rejected item when it can be read: a lone surrogate escape ("\ud800") cannot become a string.
    private static string? ExternalIdOf(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("externalId", out var id) || id.ValueKind != JsonValueKind.String)
            return null;
        try
        {
            return id.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // The fields are named, their values never: both versions are personal data.
    private static ProblemHttpResult Conflict(SubmitResult result) =>
        SubmissionDifferences.ToErrors(result.Differences).ToProblem(
            $"The complaint {result.Id} is already stored under the externalId {result.ExternalId} with different content; nothing was stored. " +
            $"Amend it with PATCH /api/v1/complaints/{result.Id}, or submit the new complaint under its own externalId.",
            StatusCodes.Status409Conflict, "Conflict");

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"No complaint has the id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");

    private static ProblemHttpResult Invalid(string detail, string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return Invalid(detail, errors);
    }

    private static ProblemHttpResult Invalid(string detail, ValidationErrors errors) => errors.ToProblem(detail);
}
