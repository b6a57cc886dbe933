using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Triage.Complaints;
using Triage.Signals.Reasons;
using Triage.Storage;

namespace Triage.Intake;

// Every response that shows a complaint is built here, and here the caller's role decides which fields it holds
// (ComplaintFieldPolicy), so that no endpoint, today's or a later one, can hand a desk the triage by forgetting to ask.
public sealed class ComplaintViews(PersonalDataProtector protector, IHttpContextAccessor http)
{
    private static TriageView? Triage(ComplaintRow row) =>
        row.TriageScore is not { } score
            ? null
            : new TriageView(score, row.TriageSuspect == true,
                ReasonWriter.WithRoute(JsonSerializer.Deserialize<string[]>(row.TriageReasons ?? "[]")!, row.RouteDestination, row.RouteReason),
                row.TriageClusterId, row.TriageModelVersion ?? "", row.TriageScoredAt ?? default);

    public ComplaintView From(ComplaintRow row) => From(row, ComplaintFieldPolicy.For(http.HttpContext?.User));

    public ComplaintView From(ComplaintRow row, ComplaintFieldPolicy fields)
    {
        var personal = JsonSerializer.Deserialize<ComplaintPersonalData>(protector.Open(row.Personal), PersonalDataJson.Options)!;
        var complainant = personal.Complainant;
        var representative = personal.Representative;
        return new ComplaintView(
            row.Id,
            row.ExternalId,
            row.Channel,
            row.ReceivedAt.ToOffset(TimeSpan.FromMinutes(row.ReceivedOffsetMinutes)),
            row.Status,
            new ComplainantView(complainant.Name, Masking.Phone(complainant.Phone), Masking.IdNumber(complainant.IdNumber),
                complainant.CustomerId, Masking.Email(complainant.Email)),
            representative is null
                ? null
                : new RepresentativeView(representative.Name, Masking.Phone(representative.Phone), representative.Organization, representative.Relation),
            row.Product,
            row.Category,
            Masking.Text(personal.Text),
            personal.Origin is null ? null : new OriginView(Masking.Ip(personal.Origin.Ip), personal.Origin.DeviceId),
            fields.SeesTriage ? Triage(row) : null,
            fields.Route(row.RouteDestination, row.RoutedAt, row.RouteReason));
    }
}
