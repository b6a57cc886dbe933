using System.Reflection;

namespace Triage.Corpus.Text;

// Fragments live in embedded text files: "## key" starts a section, each further non-empty line is one
// fragment, "#" starts a comment line.
public sealed class PhraseBank
{
    private readonly Dictionary<string, string[]> sections;

    private PhraseBank(Dictionary<string, string[]> sections) => this.sections = sections;

    public static PhraseBank Shared { get; } = Load();

    public int Count => sections.Values.Sum(s => s.Length);

    public IReadOnlyCollection<string> Keys => sections.Keys;

    public string[] this[string key] =>
        sections.TryGetValue(key, out var fragments) ? fragments : throw new KeyNotFoundException($"no phrase section '{key}'");

    public bool Has(string key) => sections.ContainsKey(key);

    public string Pick(Random rng, string key)
    {
        var fragments = this[key];
        return fragments[rng.Next(fragments.Length)];
    }

    public IEnumerable<string> PickDistinct(Random rng, string key, int count)
    {
        var fragments = this[key];
        count = Math.Min(count, fragments.Length);
        var taken = new HashSet<int>();
        while (taken.Count < count)
        {
            var index = rng.Next(fragments.Length);
            if (taken.Add(index))
                yield return fragments[index];
        }
    }

    private static PhraseBank Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            List<string>? current = null;
            while (reader.ReadLine() is { } line)
            {
                line = line.Trim();
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    var key = line[3..].Trim();
                    if (!sections.TryGetValue(key, out current))
                        sections[key] = current = [];
                }
                else if (line.Length > 0 && !line.StartsWith('#'))
                {
                    (current ?? throw new InvalidDataException($"{resource}: fragment before the first section")).Add(line.Replace("\\n", "\n", StringComparison.Ordinal));
                }
            }
        }
        return new PhraseBank(sections.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal));
    }
}
