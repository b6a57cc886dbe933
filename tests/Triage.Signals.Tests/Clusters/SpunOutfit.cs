namespace Triage.Signals.Tests.Clusters;

// Members of an outfit (six unless told) filing its template: the outfit's own two sentences and the stock text every outfit copies.
// Member i reorders the clauses (the outfit's sentences lead, or the stock demands do) and swaps a few words.
public static class SpunOutfit
{
    public static List<ComplaintFacts> Members(string name, string first, string second, double day, string? agent = null, int count = 6) => Enumerable.Range(0, count)
        .Select(i =>
        {
            var stock = i % 2 == 0
                ? StockPhrases.Hardship + StockPhrases.Demands + StockPhrases.Threat
                : StockPhrases.Demands + StockPhrases.Hardship + StockPhrases.Threat;
            var mine = i % 3 == 0 ? $"{first}。{second}。" : $"{second}。{first}。";
            var text = i < 3 ? mine + stock : stock + mine;
            if (i % 2 == 1)
                text = text.Replace("贵司", "你司", StringComparison.Ordinal).Replace("本人", "我", StringComparison.Ordinal);
            var member = Filing.By($"{name}-member-{i}");
            return (agent is null ? member : member.ThroughAgent(agent)).Saying(text).OnDay(day + i * 0.2).Build();
        })
        .ToList();
}
