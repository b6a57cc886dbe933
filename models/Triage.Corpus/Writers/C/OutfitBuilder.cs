namespace Triage.Corpus.Writers.C;

// Forms one outfit's template: a layout (stiff legal letter, agency notice, numbered demands, plea, chat lines, one SMS),
// its own sentence for each part, its own order, and the rewordings it spins with.
internal static class OutfitBuilder
{
    private static readonly string[] Pleas = ["我真的走投无路了，", "求求贵司给<我>一条活路。", "<我>上有老下有小，", "每天都在焦虑中度过，晚上整夜睡不着。", "<我>不是老赖，只是一时困难。", "家里已经揭不开锅了。"];
    private static readonly string[] Addressees = ["<lender>：", "尊敬的<lender>领导：", "致<lender>消保部门：", "<app>客服中心：", "贵司："];
    private static readonly string[] Markers = ["{0}.", "{0}、", "（{0}）", "{0}）", "第{0}条：", "◆", "●", "-"];
    private static readonly string[] SelfRefs = ["本人", "我", "本人", "申请人", "借款人"];
    private static readonly string[] ThirdRefs = ["委托人", "借款人<name>", "我司客户", "当事人"];

    public static Outfit Build(Random rng, bool entrust, bool contact, double spin)
    {
        var layout = rng.Next(100) switch { < 26 => "letter", < 40 => "agency", < 55 => "numbered", < 67 => "plea", < 80 => "chat", < 88 => "sms", _ => "form" };
        if (layout == "agency" && !entrust) layout = "letter";
        var alts = spin > 0 ? 3 : 0;
        var marker = Pick.One(rng, Markers);
        var sections = new List<OutfitSection>();
        OutfitSection Make(string[][] parts, bool optional = false, bool agent = false) => new(Wordings(rng, parts, alts), optional, agent);
        OutfitSection One(IReadOnlyList<string> pool, bool optional = false, bool agent = false, bool frame = false) =>
            new(Pick.Some(rng, pool, 1 + alts), optional, agent, frame);

        var demands = OutfitLines.Demands(rng, marker, layout, alts);
        var threat = OutfitLines.Threat(rng, alts);
        var entrustSection = entrust ? Make(OutfitDemands.Entrust, agent: true) : null;
        var contactSection = contact ? Make(OutfitDemands.Contact, agent: true) : null;
        var citations = Enumerable.Range(0, layout is "letter" or "agency" ? rng.Next(1, 3) : rng.Next(0, 2)).Select(_ => OutfitLines.Citation(rng, alts)).ToList();
        var grievances = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => Make(OutfitParts.Grievance, optional: true)).ToList();

        switch (layout)
        {
            case "form":
                return Finish(rng, spin, OutfitForm.Build(rng, entrust, contact, alts), "\n", rng.Next(4) == 0 ? 1 : 0, "借款人");
            case "sms":
            case "chat":
                var chat = layout == "chat";
                if (chat) sections.Add(One(OutfitDemands.ChatHellos, frame: true));
                sections.Add(new OutfitSection(Pick.Some(rng, ["<name> <app>借款<amt>", "我是<name>，身份证<idTail>", "<name> 手机<phone>", "<app>用户<name>"], 1 + alts)));
                sections.Add(One(OutfitDemands.ChatHardship));
                sections.Add(demands);
                if (entrustSection is not null) sections.Add(One(["已委托<agent>处理", "全权委托<org>代办", "我委托了<agent>全权处理"], agent: true));
                if (contactSection is not null) sections.Add(One(["有事打<agentPhone>找<agent>", "联系<agent> <agentPhone> 别打我电话", "对接人<agent><agentPhone>"], agent: true));
                sections.Add(One(OutfitDemands.ChatThreats));
                return Finish(rng, spin, sections, chat ? Pick.One(rng, ["\n", " ", "，"]) : " ", chat ? rng.Next(3) : 2, "我");
            case "numbered":
                sections.Add(One(OutfitDemands.Titles, optional: true, frame: true));
                sections.Add(Make(OutfitParts.Identity));
                sections.Add(Make(OutfitParts.Hardship));
                sections.Add(demands);
                sections.Add(threat);
                if (entrustSection is not null) sections.Add(entrustSection);
                if (contactSection is not null) sections.Add(contactSection);
                break;
            case "plea":
                sections.Add(One(Addressees, frame: true));
                sections.Add(One(Pleas));
                sections.Add(Make(OutfitParts.Debt));
                sections.Add(Make(OutfitParts.Hardship));
                sections.Add(One(Pleas, optional: true));
                sections.Add(Make(OutfitDemands.Willing));
                sections.AddRange(grievances.Take(1));
                if (entrustSection is not null) sections.Add(entrustSection);
                sections.Add(demands);
                sections.Add(threat);
                if (contactSection is not null) sections.Add(contactSection);
                sections.Add(One(OutfitDemands.Closings, frame: true));
                break;
            default:
                var agency = layout == "agency";
                var head = new List<OutfitSection>();
                if (rng.Next(3) > 0) head.Add(One(OutfitDemands.Titles, frame: true));
                head.Add(One(Addressees, frame: true));
                if (agency) head.Add(One(OutfitDemands.AgencyHeads, agent: true));
                var body = new List<OutfitSection> { Make(OutfitParts.Identity), Make(OutfitParts.Debt), Make(OutfitParts.Hardship) };
                body.AddRange(grievances);
                if (rng.Next(3) > 0) body.Add(Make(OutfitDemands.Willing, optional: true));
                var law = citations;
                var ask = new List<OutfitSection> { demands, threat };
                if (rng.Next(2) == 0) ask.Reverse();
                sections.AddRange(head);
                if (entrustSection is not null && rng.Next(2) == 0) { sections.Add(entrustSection); entrustSection = null; }
                sections.AddRange(body);
                if (rng.Next(2) == 0) { sections.AddRange(law); sections.AddRange(ask); }
                else { sections.AddRange(ask.Take(1)); sections.AddRange(law); sections.AddRange(ask.Skip(1)); }
                if (entrustSection is not null) sections.Add(entrustSection);
                if (contactSection is not null) sections.Add(contactSection);
                sections.Add(One(OutfitDemands.Deadlines, optional: true));
                sections.Add(One(OutfitDemands.Closings, frame: true));
                if (rng.Next(2) == 0) sections.Add(new OutfitSection(Wordings(rng, OutfitDemands.Attachments, alts), Optional: true, Frame: true));
                sections.Add(One(agency ? ["<org>\n<today>", "代理人：<agent>\n<today>", "<org>（盖章）"] : OutfitDemands.Signatures, frame: true, agent: agency));
                break;
        }
        var third = layout == "agency";
        return Finish(rng, spin, sections, rng.Next(4) == 0 ? "" : "\n", rng.Next(5) == 0 ? 1 : 0, third ? Pick.One(rng, ThirdRefs) : Pick.One(rng, SelfRefs));
    }

    private static Outfit Finish(Random rng, double spin, List<OutfitSection> sections, string joiner, int punct, string self) => new()
    {
        Spin = spin,
        Sections = sections,
        SelfRef = self,
        Joiner = joiner,
        Punct = punct,
        Numbers = rng.Next(36),
        Instalments = Pick.One(rng, [12, 24, 36, 48, 60]),
        Delay = rng.Next(3, 13),
        Days = Pick.One(rng, [3, 5, 7]),
        Refile = Pick.One(rng, OutfitDemands.Refiles),
        RefileThreat = Pick.One(rng, OutfitDemands.RefileThreats),
        RefileOnTop = rng.Next(3) > 0,
        Extras = spin > 0 ? [Compose(rng, OutfitParts.Grievance), Compose(rng, OutfitParts.Grievance)] : [],
    };

    private static string Compose(Random rng, string[][] parts) => string.Concat(parts.Select(p => Pick.One(rng, p)));

    // The canonical sentence, then rewordings that change one or two of its pieces: recognisably the same sentence.
    private static List<string> Wordings(Random rng, string[][] parts, int alts)
    {
        var picks = parts.Select(p => rng.Next(p.Length)).ToArray();
        var list = new List<string> { string.Concat(parts.Select((p, i) => p[picks[i]])) };
        for (var a = 0; a < alts; a++)
        {
            var changed = (int[])picks.Clone();
            for (var k = rng.Next(1, 3); k > 0; k--)
            {
                var i = rng.Next(parts.Length);
                changed[i] = rng.Next(parts[i].Length);
            }
            list.Add(string.Concat(parts.Select((p, i) => p[changed[i]])));
        }
        return list;
    }
}
