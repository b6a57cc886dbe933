using System.Globalization;
using Triage.Signals.Features;

namespace Triage.Signals.Reasons;

// Short sentences, in Chinese, saying what made a complaint suspect, in the order of each group's share of the score.
// They name counts and kinds, never a value: no phone, ID number, name or organisation ever appears in a reason. A
// complaint that is not suspect gets none, so a reason never argues against its decision.
public static class ReasonWriter
{
    // A group must add at least this much to the logit to be named.
    public const double MinimumShare = 0.25;

    public static IReadOnlyList<string> Write(SignalVector signals, SignalMode mode, IReadOnlyList<(string Group, double Logit)> shares, bool suspect,
        double score, int max = 5)
    {
        if (!suspect)
            return [];
        var reasons = Own(signals, mode, shares, max);
        if (reasons.Count == 0)
            reasons.AddRange(Write(signals, mode, max));
        if (reasons.Count == 0)
            reasons.Add($"模型评分 {score.ToString("0.00", CultureInfo.InvariantCulture)}，达到可疑阈值");
        return reasons;
    }

    // A filing made suspect by its person's suspect filing (the person step, in hindsight): that filing first, then what
    // this filing's own evidence adds, largest share first.
    // Pooled: the person's filings within 30 days and the waiver demands and threats they name together, when those
    // and not the other filing's score alone made it suspect (PersonStep's pooled way).
    public static IReadOnlyList<string> WithPerson(string reference, double score, TimeSpan window, SignalVector signals,
        IReadOnlyList<(string Group, double Logit)> shares, int max = 5, (int Filings, int Terms)? pooled = null) =>
    [
        pooled is { } p
            ? $"同一投诉人前后{window.TotalDays:0}天内投诉 {p.Filings} 次，合计提出 {p.Terms} 项减免诉求或投诉威胁，其中另一件投诉（{reference}）已判为可疑，评分 {score.ToString("0.00", CultureInfo.InvariantCulture)}，本件一并判定"
            : $"同一投诉人前后{window.TotalDays:0}天内的另一件投诉（{reference}）已判为可疑，评分 {score.ToString("0.00", CultureInfo.InvariantCulture)}，本件一并判定",
        .. Own(signals, SignalMode.Hindsight, shares, max - 1),
    ];

    // A filing made suspect by its person's refusals (PersonStep's refusing way), no filing of theirs being suspect enough:
    // the person's filings within 30 days and how many of them refuse every offer first, then this filing's own evidence.
    public static IReadOnlyList<string> WithRefusals(int filings, int refusing, TimeSpan window, SignalVector signals,
        IReadOnlyList<(string Group, double Logit)> shares, int max = 5) =>
    [
        $"同一投诉人前后{window.TotalDays:0}天内投诉 {filings} 次，其中 {refusing} 件声明不接受任何方案、不达目的不罢休，本件一并判定",
        .. Own(signals, SignalMode.Hindsight, shares, max - 1),
    ];

    // A filing made suspect by the outfit whose rare sentences it keeps (the person step's outfit way, in hindsight): how
    // many of the outfit's people it shares them with (the signal's own ±30 days) and the mark, then what else its own
    // evidence adds (not the same template sentence again).
    public static IReadOnlyList<string> WithOutfit(int sharers, int mark, SignalVector signals, IReadOnlyList<(string Group, double Logit)> shares,
        int max = 5)
    {
        var outfit = OutfitSentence(sharers, "前后30天内");
        return [$"{outfit}，达到 {mark} 人即判为可疑", .. Own(signals, SignalMode.Hindsight, shares, max).Where(r => r != outfit).Take(max - 1)];
    }

    // The template reason of a text that keeps an outfit's rare sentences (rare_content_outfit_sharers_30d), and the outfit
    // way's first reason.
    private static string OutfitSentence(int sharers, string period) => $"文本与其他 {sharers} 人的投诉有相同的少见语句，这些投诉背后有多人共用的代理标识（{period}）";

    private static List<string> Own(SignalVector signals, SignalMode mode, IReadOnlyList<(string Group, double Logit)> shares, int max)
    {
        var period = mode == SignalMode.Online ? "过去30天内" : "前后30天内";
        return shares.Where(s => s.Logit >= MinimumShare)
            .Select(s => Sentence(s.Group, signals, period))
            .OfType<string>().Distinct().Take(max).ToList();
    }

    // A complaint in fraud-review always says why: its own reasons, or, when its cluster or an analyst sent it there,
    // the route's.
    public static IReadOnlyList<string> WithRoute(IReadOnlyList<string> reasons, string? destination, string? routeReason) =>
        destination == "fraud-review" && reasons.Count == 0 && !string.IsNullOrEmpty(routeReason) ? [routeReason] : reasons;

    private static readonly (string Signal, double Mark)[] FixedMarks =
    [
        (SignalNames.NearDuplicates30d, 2), (SignalNames.BurstSize, 5), (SignalNames.RepresentativePhoneShared30d, 1),
        (SignalNames.OrganizationShared30d, 2), (SignalNames.ComplainantPhoneShared30d, 1), (SignalNames.DeviceShared30d, 1),
        (SignalNames.EmailShared30d, 1), (SignalNames.IpShared30d, 5), (SignalNames.Filings30d, 2), (SignalNames.Channels30d, 3),
        (SignalNames.AgencyTerms, 1), (SignalNames.DemandTerms, 3), (SignalNames.ThreatTerms, 3),
    ];

    // Without a model's shares (a model trained before evidence terms): the signals that pass fixed marks, strongest first.
    public static IReadOnlyList<string> Write(SignalVector signals, SignalMode mode, int max = 5)
    {
        var period = mode == SignalMode.Online ? "过去30天内" : "前后30天内";
        var candidates = new List<(double Strength, string Text)>();
        foreach (var (signal, mark) in FixedMarks)
            if (signals[signal] >= mark && Sentence(ReasonGroups.Of(signal), signals, period) is { } text)
                candidates.Add((signals[signal] / mark, text));
        return candidates.OrderByDescending(c => c.Strength).Select(c => c.Text).Distinct().Take(max).ToList();
    }

    private static string? Sentence(string group, SignalVector signals, string period)
    {
        int N(string signal) => (int)Math.Round(signals[signal]);
        int Max(params string[] names) => names.Max(N);
        return group switch
        {
            ReasonGroups.Template when Max(SignalNames.NearDuplicates30d, SignalNames.NearDuplicates7d, SignalNames.NearDuplicates1d) is var n and > 0 =>
                $"文本与其他 {n} 人的投诉近乎相同（{period}）",
            ReasonGroups.Template when N(SignalNames.RareContentOutfitSharers30d) is var n and > 0 => OutfitSentence(n, period),
            ReasonGroups.Template when N(SignalNames.RareContentSharers30d) is var n and > 0 => $"文本与其他 {n} 人的模板化投诉有相同的少见语句（{period}）",
            ReasonGroups.Template => null,
            ReasonGroups.Burst when N(SignalNames.BurstSize) is var n and > 0 => $"一天之内有其他 {n} 人提交了近乎相同的投诉",
            // The 30-day count is the complaint's own claim (SignalExtractor counts a claimed Nth filing as N − 1 earlier ones).
            ReasonGroups.Filings when N(SignalNames.ClaimedFilingOrdinal) is var n and > 1 && n - 1 >= N(SignalNames.Filings30d) => $"投诉中自称已是第 {n} 次投诉",
            ReasonGroups.Filings when Max(SignalNames.Filings7d, SignalNames.Filings30d) is var n and > 0 => $"此人{period}第 {n + 1} 次投诉",
            ReasonGroups.Filings when N(SignalNames.Filings90d) is var n and > 0 => $"此人90天内第 {n + 1} 次投诉",
            ReasonGroups.Filings => null,
            ReasonGroups.Escalation when N(SignalNames.ClaimedFilingOrdinal) is var n and > 1 => $"投诉中自称已是第 {n} 次投诉",
            ReasonGroups.Channels when N(SignalNames.Channels30d) is var n and > 1 => $"此人{period}通过 {n} 个渠道投诉",
            ReasonGroups.RepresentativePhone when N(SignalNames.RepresentativePhoneShared30d) is var n and > 0 => $"代理人电话{period}还出现在其他 {n} 人的投诉中",
            ReasonGroups.Organization when N(SignalNames.OrganizationShared30d) is var n and > 0 => $"代理机构{period}还代理了其他 {n} 人的投诉",
            ReasonGroups.Device when N(SignalNames.DeviceShared30d) is var n and > 0 => $"同一设备{period}还被其他 {n} 人用于投诉",
            ReasonGroups.Ip when N(SignalNames.IpShared30d) is var n and > 0 => $"同一网络地址{period}还被其他 {n} 人使用",
            ReasonGroups.ComplainantPhone when N(SignalNames.ComplainantPhoneShared30d) is var n and > 0 => $"联系电话{period}还被其他 {n} 人填写",
            ReasonGroups.Email when N(SignalNames.EmailShared30d) is var n and > 0 => $"电子邮箱{period}还被其他 {n} 人使用",
            ReasonGroups.AgentIdentifier when N(SignalNames.MaxAgentIdentifierShared30d) is var n and > 0 => AgentIdentifier(signals, n, period),
            ReasonGroups.Demands when N(SignalNames.DemandTerms) is var n and > 0 => $"文本提出 {n} 项常见的减免诉求（停息挂账、减免、修复征信等）",
            ReasonGroups.Threats when N(SignalNames.ThreatTerms) is var n and > 0 => $"文本以 {n} 种方式施压（监管、媒体、诉讼、报警）",
            ReasonGroups.Justifications when N(SignalNames.JustificationTerms) is var n and > 0 => $"文本使用 {n} 个常见说辞（非恶意逾期、不可抗力等）",
            ReasonGroups.Agency when N(SignalNames.AgencyTerms) > 0 => "文本声明已委托代理人处理（委托、代理）",
            ReasonGroups.Text => "措辞与代理维权投诉的常见写法相近",
            ReasonGroups.Representative when signals[SignalNames.HasRepresentative] > 0 => "由他人代为投诉",
            ReasonGroups.Channel => Channel(signals) is { } channel ? $"经{channel}渠道提交" : null,
            _ => null,
        };
    }

    // The largest count of other people behind one agent identifier, said of the identifier that has it.
    private static string AgentIdentifier(SignalVector signals, int n, string period)
    {
        foreach (var signal in ReasonGroups.AgentIdentifiers)
            if ((int)Math.Round(signals[signal]) == n && Sentence(ReasonGroups.Of(signal), signals, period) is { } sentence)
                return sentence;
        return $"同一代理标识{period}出现在其他 {n} 人的投诉中";
    }

    private static string? Channel(SignalVector signals)
    {
        foreach (var channel in SignalNames.Channels)
            if (signals[$"channel_{channel}"] > 0)
                return channel switch
                {
                    "regulator" => "监管转办", "app" => "App", "web" => "网站", "hotline" => "热线", "email" => "邮件", "letter" => "信函",
                    "social" => "社交媒体", "branch" => "网点", _ => "其他",
                };
        return null;
    }
}
