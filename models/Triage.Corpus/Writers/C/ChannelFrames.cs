using System.Globalization;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// What the channel wraps around a text: a hotline operator's record, a regulator's referral slip, a letter's
// salutation and date, an e-mail subject, a post squeezed into a few lines, a branch clerk's note.
internal static class ChannelFrames
{
    private static readonly (string From, string To)[] ThirdPerson =
    [
        ("我妈", "其母亲"), ("我爸", "其父亲"), ("我老婆", "其妻子"), ("我老公", "其丈夫"), ("我爱人", "其配偶"), ("我们", "他们"),
        ("本人", "客户"), ("我", "客户"),
    ];

    public static string Frame(Random rng, string text, string channel, TextContext ctx)
    {
        var p = ctx.Person;
        var day = Say.Day(ctx.Now, ctx.Style);
        var title = p.Male ? "先生" : "女士";
        var surname = People.ChineseNames.SurnameOf(p.Name).Han;
        // A relative filing for the borrower: the desk records who is speaking, and the borrower's own contacts stay off the page.
        if (ctx.Extras?.ContainsKey("familyRole2") == true)
            return channel switch
            {
                "hotline" => rng.Next(3) == 0 ? text : $"借款人{p.Name}的家属来电，称：“{text}”" + Pick.One(rng, ["\n已告知需提供借款人授权。", "", "\n来电人要求回电。"]),
                "branch" => $"借款人{p.Name}的家属到网点代为反映：{text}\n（网点已登记）",
                "regulator" => rng.Next(2) == 0 ? text : $"【12378热线转办】{p.Name}家属代为反映：{text}",
                "social" => text.Length > 120 ? text[..100] + "……" : text,
                _ => text,
            };
        switch (channel)
        {
            case "hotline":
                return rng.Next(5) switch
                {
                    0 => text,
                    1 or 2 => $"客户{surname}{title}来电（尾号{Say.Tail(p.Phone, 4)}），诉称：“{text}”" + Pick.One(rng, ["\n已安抚客户情绪，告知15日内答复。", "\n客户要求回电。", "", "\n坐席已记录，转投诉处理岗。"]),
                    3 => "【来电记录】" + Ended(Third(text)) + "\n" + Pick.One(rng, ["客户情绪激动。", "客户要求尽快处理。", "已解释，客户不认可。", ""]),
                    _ => $"来电人：{p.Name}\n来电时间：{ctx.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\n来电内容：{Third(text)}",
                };
            case "regulator":
                return rng.Next(4) switch
                {
                    0 => text,
                    1 => $"国家金融监督管理总局{p.Region.Province}监管局 转办\n投诉人：{p.Name}\n被投诉机构：{Lender.Company}\n投诉内容：{text}\n请按规定时限处理并反馈。",
                    2 => "【12378热线转办】消费者反映：" + text,
                    _ => $"转办单 {ctx.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{rng.Next(1000, 9999)}\n诉求人{p.Name}称：{text}",
                };
            case "letter":
                var head = text.Split('\n').Take(3).Any(l => l.EndsWith('：') || l.EndsWith(':'));
                var signed = text.Length > 0 && text[^Math.Min(40, text.Length)..].Contains(p.Name, StringComparison.Ordinal);
                if (head || signed)
                    return (head ? "" : Lender.Company + "：\n") + text + (signed ? "" : $"\n\n{p.Name}\n{day}");
                return $"{Pick.One(rng, [Lender.Company + "客户服务中心：", Lender.Company + "：", "致" + Lender.Company + "投诉处理部门"])}\n{text}\n\n投诉人：{p.Name}\n联系电话：{p.Phone}\n{day}";
            case "email":
                var subject = Pick.One(rng, ["投诉", $"关于{ctx.Case.App}借款的问题", "请处理我的投诉", $"投诉-{p.Name}", "Re: 投诉"]);
                return rng.Next(3) == 0 ? text : $"主题：{subject}\n\n{text}\n\n{p.Name}\n{p.Email}";
            case "social":
                var brief = text.Length > 110 ? text[..(90 + rng.Next(20))] + "……" : text;
                return rng.Next(3) switch
                {
                    0 => $"@{Lender.Company} {brief}",
                    1 => $"【投诉对象】{Lender.Company}\n【投诉问题】{ctx.Case.App}\n【投诉要求】{brief}",
                    _ => $"#{ctx.Case.App}# {brief} " + Pick.One(rng, ["有没有人管管", "求扩散", "气死了", "", "@" + Lender.Company]),
                };
            case "branch":
                return rng.Next(3) == 0 ? text : $"客户{p.Name}到网点反映：{text}\n（网点已登记，客户留电尾号{Say.Tail(p.Phone, 4)}）";
            case "web":
                return rng.Next(2) == 0 ? text : $"标题：{Pick.One(rng, ["投诉", "问题反馈", ctx.Case.App + "问题", "求助"])}\n内容：{text}";
            case "app":
                return rng.Next(5) switch
                {
                    0 => "反馈类型：投诉\n" + text,
                    1 => text + "\n[图片]",
                    _ => text,
                };
            default:
                return text;
        }
    }

    private static string Ended(string text) => text.Length > 0 && "。！？.!?".Contains(text[^1]) ? text : text + "。";

    private static string Third(string text)
    {
        foreach (var (from, to) in ThirdPerson)
            text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    }

    private static readonly string[] Prefaces =
    [
        "之前在APP里提交过，一直没回复，再发一遍：", "同样的问题我已经在你们APP上反映过了，这里再提交一次。", "以下内容已于前几天向贵司反映，至今未获答复，现通过本渠道再次提交：",
        "转发我之前的投诉：", "APP上投诉没人理，只好来这里。", "我打过你们电话，没用，原文如下：",
    ];

    private static readonly string[] Addenda = ["补充一下，到现在还没人联系我。", "以上，谢谢。", "截图我都留着。", "请尽快。", "补充：我的手机号没变。"];

    public static string Copy(Random rng, string original)
    {
        var half = !original.Contains('，') && original.Contains(',');
        string Native(string s) => half ? s.Replace("，", ",").Replace("。", ".").Replace("：", ":") : s;
        var text = original;
        var u = rng.NextDouble();
        if (u < 0.25 && text.Contains('\n'))
            text = text[..text.LastIndexOf('\n')];
        else if (u < 0.4)
            text += (text.Contains('\n') ? "\n" : "") + Native(Pick.One(rng, Addenda));
        var v = rng.NextDouble();
        if (v < 0.55)
            text = Native(Pick.One(rng, Prefaces)) + (rng.Next(2) == 0 ? "\n" : "") + text;
        return text;
    }
}
