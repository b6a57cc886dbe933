using System.Text.RegularExpressions;
using Triage.Contracts;

namespace Triage.Complaints;

public static partial class IdentityNumbers
{
    public static bool IsMobile(string phone) => MobilePattern().IsMatch(phone);

    public static bool IsValidPhone(string phone) => MobilePattern().IsMatch(phone) || LandlinePattern().IsMatch(phone);

    public static string NormalizePhone(string phone) => phone.Replace("-", "");

    // GB 11643 (the check character may be written x).
    public static bool IsValidResidentId(string id) => ResidentIdNumbers.IsValid(id);

    public static string NormalizeResidentId(string id) => id.ToUpperInvariant();

    [GeneratedRegex(@"^1\d{10}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^(0\d{2,3}-?)?\d{7,8}$")]
    private static partial Regex LandlinePattern();
}
