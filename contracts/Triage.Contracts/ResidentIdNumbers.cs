namespace Triage.Contracts;

// GB 11643 resident identity numbers, as the wire format's complainant.idNumber carries them: 17 digits (region,
// birth date, sequence) and an ISO 7064 MOD 11-2 check character. The one place the check is computed.
public static class ResidentIdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // The check character of the first 17 digits.
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length < 17)
            throw new ArgumentException("A resident ID number has 17 digits before its check character.", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    // 17 digits and a first 17 completed with their check character.
    public static string Complete(string first17) => first17 + CheckCharacter(first17);

    public static bool IsValid(string id) =>
        id.Length == 18 && id.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0 && char.ToUpperInvariant(id[17]) == CheckCharacter(id);

    // A valid number for synthetic complaints (tests, load and benchmarks): region 110101, born 1960-2004.
    public static string Synthetic(Random random)
    {
        var birth = new DateTime(1960, 1, 1).AddDays(random.Next(0, 365 * 45));
        return Complete($"110101{birth:yyyyMMdd}{random.Next(0, 1000):000}");
    }
}
