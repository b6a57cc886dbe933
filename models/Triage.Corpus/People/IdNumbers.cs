using Triage.Contracts;

namespace Triage.Corpus.People;

public static class IdNumbers
{
    public static string Create(Random rng, Region region, DateOnly birth, bool male)
    {
        var sequence = rng.Next(0, 500) * 2 + (male ? 1 : 0);
        var body = $"{region.Code}{birth:yyyyMMdd}{sequence:D3}";
        return ResidentIdNumbers.Complete(body);
    }
}
