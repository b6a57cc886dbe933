using System.Globalization;
using System.Text;

namespace Triage.Signals.Links;

// One normal form per kind of identifier, so that the same value written two ways hashes the same.
public static class IdentifierNormalizer
{
    // Hash spaces: a phone is one space whoever holds it, so an agent's phone given as a borrower's contact matches.
    public static string HashSpace(IdentifierKind kind) => kind switch
    {
        IdentifierKind.ComplainantPhone or IdentifierKind.RepresentativePhone => "phone",
        IdentifierKind.ComplainantIdNumber => "id-number",
        IdentifierKind.CustomerId => "customer-id",
        IdentifierKind.Email => "email",
        IdentifierKind.Organization => "organization",
        IdentifierKind.Device => "device",
        IdentifierKind.Ip => "ip",
        IdentifierKind.ComplainantName => "name",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string? Normalize(IdentifierKind kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var folded = value.Normalize(NormalizationForm.FormKC).Trim();
        var normal = kind switch
        {
            IdentifierKind.ComplainantPhone or IdentifierKind.RepresentativePhone => Phone(folded),
            IdentifierKind.ComplainantIdNumber => folded.ToUpperInvariant(),
            IdentifierKind.Email or IdentifierKind.Device or IdentifierKind.CustomerId => folded.ToLowerInvariant(),
            IdentifierKind.Organization => Organization(folded),
            IdentifierKind.Ip => folded,
            IdentifierKind.ComplainantName => new string(folded.Where(c => !char.IsWhiteSpace(c) && c is not ('·' or '•' or '.')).ToArray()).ToLowerInvariant(),
            _ => folded,
        };
        return normal.Length == 0 ? null : normal;
    }

    private static string Phone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("86") && digits.Length == 13 ? digits[2..] : digits;
    }

    private static string Organization(string organization)
    {
        var kept = new StringBuilder();
        foreach (var c in organization)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation)
                continue;
            kept.Append(char.ToLowerInvariant(c));
        }
        var name = kept.ToString();
        foreach (var suffix in OrganizationSuffixes)
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        return name;
    }

    private static readonly string[] OrganizationSuffixes = ["有限责任公司", "股份有限公司", "有限公司", "工作室", "事务所", "公司", "中心"];
}
