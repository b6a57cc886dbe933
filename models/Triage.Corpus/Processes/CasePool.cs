namespace Triage.Corpus.Processes;

// A bounded sample of recent honest cases: memory stays flat however long the corpus runs.
public sealed class CasePool(int capacity)
{
    private readonly List<HonestCase> cases = [];

    public void Add(Random rng, HonestCase item)
    {
        if (cases.Count < capacity)
            cases.Add(item);
        else
            cases[rng.Next(capacity)] = item;
    }

    public HonestCase? Find(Random rng, Func<HonestCase, bool> eligible)
    {
        for (var attempt = 0; attempt < 40 && cases.Count > 0; attempt++)
        {
            var candidate = cases[rng.Next(cases.Count)];
            if (eligible(candidate))
                return candidate;
        }
        return null;
    }
}
