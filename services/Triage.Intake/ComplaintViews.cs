using System.Text.Json;
using Triage.Signals.Reasons;
using Triage.Storage;

namespace Triage.Intake;

public sealed class ComplaintViews(PersonalDataProtector protector)
{
    private static TriageView? Triage(ComplaintRow row) =>
        row.TriageScore is not { } score
            ? null
            : new TriageView(score, row.TriageSuspect == 1,
                ReasonWriter.WithRoute(JsonSerializer.Deserialize<string[]>(row.TriageReasons ?? "[]")!, row.RouteDestination, row.RouteReason),
                row.TriageClusterId, row.TriageModelVersion ?? "", row.TriageScoredAt ?? default);

    public ComplaintView From(ComplaintRow row)
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
            Triage(row),
            row.RouteDestination is null ? null : new RouteView(row.RouteDestination, row.RoutedAt, row.RouteReason));
    }
}
