using System.Text.RegularExpressions;

namespace Triage.Intake;

public static partial class IdentityNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsMobile(string phone) => MobilePattern().IsMatch(phone);

    public static bool IsValidPhone(string phone) => MobilePattern().IsMatch(phone) || LandlinePattern().IsMatch(phone);

    public static string NormalizePhone(string phone) => phone.Replace("-", "");

    // GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character.
    public static bool IsValidResidentId(string id)
    {
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit))
            return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (id[i] - '0') * Weights[i];
        return char.ToUpperInvariant(id[17]) == CheckCharacters[sum % 11];
    }

    public static string NormalizeResidentId(string id) => id.ToUpperInvariant();

    [GeneratedRegex(@"^1\d{10}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^(0\d{2,3}-?)?\d{7,8}$")]
    private static partial Regex LandlinePattern();
}
