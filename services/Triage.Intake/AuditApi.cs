using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triage.ServiceDefaults;
using Triage.Storage;

namespace Triage.Intake;

// Administrators see who read whose personal data: newest first.
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/audit", ReadAsync).RequireAuthorization(TriageRoles.Admin).WithTags("Admin").WithName("ReadAuditLog");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> ReadAsync(
        string? since, string? subject, string? limit, AuditLog audit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        DateTimeOffset? from = null;
        if (since is not null)
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                from = parsed.ToUniversalTime();
            else
                errors.Add("since", "must be an RFC 3339 timestamp");
        }
        // PostgreSQL refuses a NUL in a text parameter.
        if (subject is not null && subject.Any(char.IsControl))
            errors.Add("subject", "must not contain control characters");
        var take = 100;
        if (limit is not null && (!int.TryParse(limit, CultureInfo.InvariantCulture, out take) || take is < 1 or > 1000))
            errors.Add("limit", "must be a whole number from 1 to 1000");
        if (!errors.IsEmpty)
            return errors.ToProblem("The query is not valid.");
        return TypedResults.Ok(await audit.ReadAsync(from, subject, take, cancellationToken));
    }
}
