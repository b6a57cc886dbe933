using Triage.Corpus.People;

namespace Triage.Corpus.Processes;

// Names agency outfits give themselves.
public static class Outfits
{
    private static readonly string[] Brands = ["恒信", "金诺", "安和", "正义", "盛源", "诚信", "德润", "汇智", "鼎盛", "信达", "众和", "明德", "惠民", "安心", "立信", "瑞丰", "中诚", "华安", "平安", "同心", "宏图", "锦程", "天诚", "嘉禾"];
    private static readonly string[] Trades = ["法务咨询", "信用修复", "债务咨询", "债务规划", "企业管理咨询", "法律咨询", "金融服务", "信息咨询", "商务咨询", "协商服务", "征信服务", "维权服务"];
    private static readonly string[] Forms = ["有限公司", "有限公司", "工作室", "服务中心", "事务所", "团队", "服务部"];
    private static readonly string[] Titles = ["律师", "法务", "经理", "主任", "老师", "顾问"];

    public static string Organization(Random rng)
    {
        var city = rng.Next(3) == 0 ? "" : Regions.Pick(rng).City;
        return city + Brands[rng.Next(Brands.Length)] + Trades[rng.Next(Trades.Length)] + Forms[rng.Next(Forms.Length)];
    }

    public static string AgentName(Random rng) => rng.Next(2) == 0
        ? ChineseNames.Surname(rng).Han + Titles[rng.Next(Titles.Length)]
        : ChineseNames.Full(rng, rng.Next(2) == 0).Han;

    public static string Email(Random rng)
    {
        string[] handles = ["fawu", "xieshang", "weiquan", "zhengxin", "huankuan", "kefu", "lvshi", "falv"];
        string[] hosts = ["163.com", "126.com", "qq.com", "sina.com"];
        return $"{handles[rng.Next(handles.Length)]}{rng.Next(10, 9999)}@{hosts[rng.Next(hosts.Length)]}";
    }
}
