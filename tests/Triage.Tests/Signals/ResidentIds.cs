namespace Triage.Tests.Signals;

// Valid GB 11643 resident ID numbers, distinct per seed.
public static class ResidentIds
{
    public static string Make(int seed)
    {
        var body = $"110101{new DateTime(1970, 1, 1).AddDays(seed * 37 % 15_000):yyyyMMdd}{seed % 1000:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
