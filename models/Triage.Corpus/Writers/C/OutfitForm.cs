namespace Triage.Corpus.Writers.C;

// Outfits that file a filled-in form: one "label: value" line per field, labels and order their own.
internal static class OutfitForm
{
    private static readonly (string[] Labels, string Value, bool Agent)[] Fields =
    [
        (["姓名", "借款人", "客户姓名", "申请人"], "<name>", false),
        (["身份证号", "证件号码", "身份证"], "<id>", false),
        (["手机号", "注册手机", "联系电话"], "<phone>", false),
        (["借款平台", "借款产品", "平台"], "<app>", false),
        (["借款金额", "本金", "借款本金"], "<amt>", false),
        (["借款日期", "放款日期"], "<loanDay>", false),
        (["合同编号", "借款合同号"], "<loan>", false),
        (["逾期天数", "已逾期"], "<overdue>天", false),
    ];

    private static readonly string[] ReasonLabels = ["逾期原因", "困难说明", "情况说明", "逾期事由"];
    private static readonly string[] AskLabels = ["诉求", "申请事项", "要求", "协商诉求"];
    private static readonly string[] NoteLabels = ["备注", "说明", "特别提示"];
    private static readonly string[] AgentLabels = ["代理人", "受托人", "委托代理", "对接人"];
    private static readonly string[] Seps = ["：", ":", "】"];

    public static List<OutfitSection> Build(Random rng, bool entrust, bool contact, int alts)
    {
        var sep = Pick.One(rng, Seps);
        string Line(string label, string value) => sep == "】" ? $"【{label}】{value}" : label + sep + value;
        OutfitSection Field(string[] labels, string value, bool optional = false, bool agent = false)
        {
            var order = Pick.Some(rng, labels, labels.Length);
            var wordings = Enumerable.Range(0, 1 + alts).Select(a => Line(order[a % order.Count], value)).ToList();
            return new OutfitSection(wordings, optional, agent);
        }

        var sections = new List<OutfitSection>();
        if (rng.Next(2) == 0) sections.Add(new OutfitSection(Pick.Some(rng, ["协商还款申请表", "投诉登记", "【客户信息】", "还款困难申请", "=== 申请 ==="], 1 + alts), Frame: true));
        var fields = Pick.Some(rng, Fields, rng.Next(4, Fields.Length + 1));
        foreach (var (labels, value, _) in fields)
            sections.Add(Field(labels, value, optional: true));
        var hardship = string.Concat(Pick.One(rng, OutfitParts.Hardship[0]), "<hardship>", Pick.One(rng, OutfitParts.Hardship[4]));
        sections.Add(Field(ReasonLabels, hardship));
        var demands = Pick.Some(rng, OutfitDemands.Stock, rng.Next(2, 5)).Select(d => Pick.One(rng, d)).ToList();
        sections.Add(Field(AskLabels, string.Join(Pick.One(rng, ["；", "，", "、", " "]), demands)));
        if (entrust)
            sections.Add(Field(AgentLabels, Pick.One(rng, ["<agent>（全权委托）", "<org> <agent>，已全权委托", "已全权委托<org>"]), agent: true));
        if (contact)
            sections.Add(Field(["联系方式", "代理人电话", "沟通电话"], Pick.One(rng, ["<agentPhone>（请勿联系借款人本人）", "<agentPhone>，只接受与代理人沟通", "<agent> <agentPhone>"]), agent: true));
        var threat = Pick.One(rng, OutfitDemands.ThreatIfs) + Pick.One(rng, OutfitDemands.ThreatWill) + Pick.One(rng, OutfitDemands.Threats) + "。";
        sections.Add(Field(NoteLabels, threat, optional: true));
        return sections;
    }
}
