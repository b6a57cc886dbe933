using System.Text;

namespace Triage.Corpus.Writers.B;

// One sentence of an outfit's template: its [a|b] choices are fixed when the outfit buys the template,
// and only a spinning outfit flips some of them again for each copy (its synonym swaps).
internal sealed class Frame
{
    private readonly List<(string[] Options, int Chosen)> segments = [];

    public Frame(Random rng, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            var close = open < 0 ? -1 : text.IndexOf(']', open);
            if (close < 0)
            {
                segments.Add(([text[i..]], 0));
                break;
            }
            if (open > i)
                segments.Add(([text[i..open]], 0));
            var options = text[(open + 1)..close].Split('|');
            segments.Add((options, rng.Next(options.Length)));
            i = close + 1;
        }
    }

    public string Render(Random rng, double swap)
    {
        var sb = new StringBuilder();
        foreach (var (options, chosen) in segments)
            sb.Append(options.Length > 1 && swap > 0 && rng.NextDouble() < swap ? options[rng.Next(options.Length)] : options[chosen]);
        return sb.ToString();
    }
}
