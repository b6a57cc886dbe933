namespace Triage.Signals.Features;

// Phrases from domain.md and the trade press. One signal alone proves nothing: honest people ask for waivers too.
public static class Lexicons
{
    public static readonly IReadOnlyList<string> Demands =
    [
        "停息挂账", "停息", "挂账", "减免", "罚息", "违约金", "免除利息", "免息", "个性化分期", "延期还款", "只还本金", "停催", "停止催收",
        "修复征信", "消除逾期", "删除逾期", "征信修复", "退还担保费", "退还会员费", "退还服务费", "全额退还", "协商还款", "分期还款",
    ];

    public static readonly IReadOnlyList<string> Threats =
    [
        "银保监会", "金融监管总局", "监管总局", "人民银行", "人行", "12378", "12363", "12315", "媒体", "曝光", "起诉", "诉讼", "法院",
        "报警", "公安", "律师函", "举报", "信访", "黑猫投诉", "集体投诉", "维权到底",
    ];

    public static readonly IReadOnlyList<string> Justifications =
    [
        "非恶意逾期", "恶意逾期", "不可抗力", "失业", "疫情", "生病", "住院", "重病", "收入下降", "经济困难", "无力偿还", "家庭变故",
        "证明材料", "诊断证明", "失业证明",
    ];

    public static readonly IReadOnlyList<string> Agency =
    [
        "全权委托", "委托书", "委托代理", "代理人", "法务", "法律顾问", "授权", "我的代理", "不接受直接联系", "请联系我的代理", "联系我的律师",
        "征信修复机构", "债务优化", "债务重组", "咨询公司",
    ];

    public static int CountIn(IReadOnlyList<string> lexicon, string text)
    {
        var count = 0;
        foreach (var phrase in lexicon)
            if (text.Contains(phrase, StringComparison.Ordinal))
                count++;
        return count;
    }
}
