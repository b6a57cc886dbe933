using Triage.Contracts;

namespace Triage.Testing;

// Valid GB 11643 resident ID numbers, distinct per seed.
public static class ResidentIds
{
    public static string Make(int seed) =>
        ResidentIdNumbers.Complete($"110101{new DateTime(1970, 1, 1).AddDays(seed * 37 % 15_000):yyyyMMdd}{seed % 1000:000}");
}
