using System.Text;

namespace Triage.Corpus.Writers.C;

// The outfit's citation, threat and demand list, each with the rewordings a spinning outfit uses.
internal static class OutfitLines
{
    public static OutfitSection Citation(Random rng, int alts)
    {
        var (law, claims) = Pick.One(rng, OutfitParts.Citations);
        var list = new List<string>();
        for (var a = 0; a <= alts; a++)
            list.Add(Pick.One(rng, OutfitParts.CiteLeads) + law + Pick.One(rng, OutfitParts.CiteJoins) + Pick.One(rng, claims) + "。");
        return new OutfitSection(list, Optional: true);
    }

    public static OutfitSection Threat(Random rng, int alts)
    {
        var list = new List<string>();
        var ifs = Pick.One(rng, OutfitDemands.ThreatIfs);
        var will = Pick.One(rng, OutfitDemands.ThreatWill);
        var targets = Pick.Some(rng, OutfitDemands.Threats, rng.Next(1, 4));
        var tail = Pick.One(rng, OutfitDemands.ThreatTails);
        for (var a = 0; a <= alts; a++)
        {
            if (a > 0) { Pick.Shuffle(rng, targets); if (rng.Next(2) == 0) ifs = Pick.One(rng, OutfitDemands.ThreatIfs); }
            list.Add(ifs + will + string.Join(Pick.One(rng, ["、", "并", "，同时"]), targets) + tail);
        }
        return new OutfitSection(list);
    }

    public static OutfitSection Demands(Random rng, string marker, string layout, int alts)
    {
        var chosen = Pick.Some(rng, OutfitDemands.Stock, layout == "sms" ? rng.Next(2, 4) : rng.Next(2, 6)).Select(d => Pick.One(rng, d)).ToList();
        var lead = Pick.One(rng, OutfitDemands.DemandLeads);
        var list = new List<string>();
        for (var a = 0; a <= alts; a++)
        {
            var items = new List<string>(chosen);
            if (a > 0) { Pick.Shuffle(rng, items); var i = rng.Next(items.Count); var row = OutfitDemands.Stock.First(s => s.Contains(items[i])); items[i] = Pick.One(rng, row); }
            list.Add(Lay(items, lead, marker, layout));
        }
        return new OutfitSection(list);
    }

    private static string Lay(List<string> items, string lead, string marker, string layout)
    {
        if (layout is "chat" or "sms")
            return string.Join(layout == "sms" ? " " : "，", items);
        if (layout is "numbered" || (layout == "letter" && marker.Length > 2))
        {
            var sb = new StringBuilder(lead).Append('\n');
            for (var i = 0; i < items.Count; i++)
                sb.Append(marker.Contains("{0}", StringComparison.Ordinal) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, marker, i + 1) : marker).Append(items[i]).Append(i + 1 < items.Count ? "；\n" : "。");
            return sb.ToString();
        }
        return lead + string.Join("；", items) + "。";
    }
}
