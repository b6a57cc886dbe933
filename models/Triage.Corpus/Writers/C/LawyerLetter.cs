using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// A real lawyer's letter for one client. Each firm keeps one house layout (keyed on the firm and lawyer),
// so two letters from one office look alike in form and differ in facts.
internal static class LawyerLetter
{
    private static readonly string[] Titles = ["律师函", "关于委托人<name>投诉事项的函", "投诉函", "法律意见函", "关于<name>与贵司借款纠纷相关问题的函"];
    private static readonly string[] To = ["致：<lender>", "<lender>：", "<lender>消费者权益保护部：", "<lender>（<app>运营方）："];
    private static readonly string[] Intros =
    [
        "<firm>接受<name>（以下简称<q>委托人</q>）的委托，指派<lawyer>律师，就委托人与贵司之间的相关事宜致函如下：",
        "本所受<name><title>委托，现就其在贵司<app>平台借款过程中遇到的问题，向贵司提出投诉并函告如下。",
        "<firm><lawyer>律师受<name>（身份证尾号<idTail>）委托，依据委托人提供的材料及陈述，向贵司说明如下情况。",
        "<name>（身份证号<id>）就其在贵司<app>的借款事宜委托本所处理。经审阅委托人提供的借款合同、还款记录等材料，现函告如下：",
        "本函由<firm>律师<lawyer>代表委托人<name>出具。",
        "受<name>委托，本律师就委托人反映的问题与贵司沟通如下，请贵司核查。",
    ];
    private static readonly string[] Evidence =
    [
        "委托人已保存相关通话录音及短信截图。", "上述情况有委托人提供的银行流水为证。", "相关页面截图已作为附件一并提交。", "委托人曾于<dueDay>前后通过贵司客服热线反映，未获解决。",
        "本律师已核对委托人提供的还款凭证。", "",
    ];
    private static readonly string[] Extra = ["指定专人与本律师对接", "在核查期间对相关争议款项暂停计收罚息", "书面告知核查结果及处理依据"];
    private static readonly string[] Heads = ["一、基本事实", "二、法律分析", "三、律师意见"];
    private static readonly string[] GroundLead = ["根据<grounds>之规定，", "依照<grounds>，", "<grounds>对此已有明确规定。"];
    private static readonly string[] Analysis =
    [
        "贵司作为持牌金融机构，应当依法履行相应义务，上述情形显与法律规定不符。", "上述行为侵害了委托人的合法权益。",
        "贵司对受托第三方的行为亦应承担管理责任。", "如上述情况属实，贵司应承担相应的法律责任。",
        "本律师认为，贵司应就上述问题作出说明并予以纠正。", "金融机构负有保护金融消费者合法权益的法定义务，贵司的做法难谓妥当。",
        "委托人的上述主张具有事实和法律依据。",
    ];
    private static readonly string[] Closings =
    [
        "请贵司于收到本函之日起十五日内书面答复。", "请贵司在《银行业保险业消费投诉处理管理办法》规定的期限内予以答复。", "特此函告。",
        "如贵司对上述事实有异议，请一并提供相关证据。本所保留代表委托人采取进一步法律行动的权利。",
    ];

    public static string Write(Random rng, TextContext context, string category)
    {
        var firm = context.LawFirm ?? "律师事务所";
        var lawyer = context.Lawyer ?? "";
        var state = Pick.Stable(firm + lawyer);
        // Lawyers write yuan as 元, with separators or in capitals, never 块 or ¥.
        var numbers = context.Style / 6 * 6 + new[] { 0, 2, 5 }[context.Style % 3];
        var house = Hand.Of(firm + lawyer, new WritingStyle(Register.Formal, 0, 0, numbers, false), numbers);
        var slots = new Slots(rng, context, house);
        slots["firm"] = firm;
        slots["lawyer"] = lawyer;
        slots["title"] = context.Person.Male ? "先生" : "女士";
        var cat = LawyerBank.Facts.ContainsKey(category) ? category : "other";
        var grounds = Pick.Some(rng, LawyerBank.Grounds[cat], rng.Next(1, 3));
        slots["grounds"] = string.Join("及", grounds);
        var headed = Pick.Bits(ref state, 2) == 0;
        var numberedRequests = Pick.Bits(ref state, 3) > 0;

        var sb = new StringBuilder();
        if (Pick.Bits(ref state, 3) > 0) sb.Append(Pick.One(rng, Titles)).Append('\n');
        sb.Append(To[Pick.Bits(ref state, To.Length)]).Append('\n');
        sb.Append(Intros[Pick.Bits(ref state, Intros.Length)]).Append('\n');
        if (headed) sb.Append(Heads[0]).Append('\n');
        var bank = LawyerBank.Facts[cat];
        // The first fact introduces the loan; the rest are a selection.
        var keep = cat == "credit-report"
            ? [rng.Next(bank.Length)]
            : Pick.Some(rng, Enumerable.Range(1, bank.Length - 1).ToList(), rng.Next(1, bank.Length)).Prepend(0).Order().ToList();
        sb.Append(string.Concat(keep.Select(i => bank[i]))).Append(Pick.One(rng, Evidence)).Append('\n');
        if (headed) sb.Append(Heads[1]).Append('\n');
        sb.Append(Pick.One(rng, GroundLead)).Append(string.Concat(Pick.Some(rng, Analysis, rng.Next(1, 3)))).Append('\n');
        if (headed) sb.Append(Heads[2]).Append('\n');
        sb.Append(Pick.One(rng, ["基于上述情况，请贵司：", "委托人要求如下：", "据此，本律师代表委托人要求贵司："])).Append('\n');
        var requests = Pick.Some(rng, LawyerBank.Requests[cat], rng.Next(Math.Min(2, LawyerBank.Requests[cat].Length), LawyerBank.Requests[cat].Length + 1));
        if (rng.Next(2) == 0) requests.Add(Pick.One(rng, Extra));
        var asked = new StringBuilder();
        for (var i = 0; i < requests.Count; i++)
            asked.Append(numberedRequests ? house.Point(i) : "").Append(requests[i]).Append(numberedRequests ? "；\n" : "；");
        sb.Append(asked.ToString().TrimEnd('\n', '；')).Append("。\n");
        sb.Append(Pick.One(rng, Closings)).Append('\n');
        sb.Append(Pick.One(rng, ["联系人：<lawyer>律师", "承办律师：<lawyer>", "<firm>\n律师：<lawyer>"])).Append('\n');
        if (Pick.Bits(ref state, 2) == 0) sb.Append("附：授权委托书、委托人身份证复印件、相关证据材料\n");
        sb.Append(house.Day(context.Now));
        return slots.Fill(sb.ToString().Replace("。；", "；", StringComparison.Ordinal)).Trim();
    }
}
