namespace Triage.Corpus.People;

public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static string Create(Random rng, Region region, DateOnly birth, bool male)
    {
        var sequence = rng.Next(0, 500) * 2 + (male ? 1 : 0);
        var body = $"{region.Code}{birth:yyyyMMdd}{sequence:D3}";
        return body + CheckDigit(body);
    }

    public static char CheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
            sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    public static bool IsValid(string id) =>
        id.Length == 18 && id.Take(17).All(char.IsAsciiDigit) && CheckDigit(id) == id[17];
}
