using Triage.Complaints;
using Triage.Signals;

namespace Triage.Review;

// The value behind a shared identifier, read from one member's sealed data and masked for the screen.
public static class IndicatorValues
{
    public static string Masked(IdentifierKind kind, ComplaintPersonalData personal) => kind switch
    {
        IdentifierKind.ComplainantPhone => Masking.Phone(personal.Complainant.Phone) ?? "",
        IdentifierKind.ComplainantIdNumber => Masking.IdNumber(personal.Complainant.IdNumber) ?? "",
        IdentifierKind.CustomerId => Partly(personal.Complainant.CustomerId),
        IdentifierKind.Email => Masking.Email(personal.Complainant.Email) ?? "",
        IdentifierKind.RepresentativePhone => Masking.Phone(personal.Representative?.Phone) ?? "",
        // An outfit's company name identifies the outfit, not a person.
        IdentifierKind.Organization => personal.Representative?.Organization ?? "",
        IdentifierKind.Device => Partly(personal.Origin?.DeviceId),
        IdentifierKind.Ip => Masking.Ip(personal.Origin?.Ip) ?? "",
        _ => "",
    };

    public static string Name(string name) => name.Length <= 1 ? "*" : name[0] + new string('*', name.Length - 1);

    public static string Excerpt(string maskedText, int length = 40) =>
        maskedText.Length <= length ? maskedText : maskedText[..length] + "…";

    private static string Partly(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Length <= 6 ? new string('*', value.Length) : value[..4] + new string('*', value.Length - 6) + value[^2..];
}
