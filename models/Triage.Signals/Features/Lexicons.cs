namespace Triage.Signals.Features;

// Phrases from domain.md and the trade press, in kinds. One signal alone proves nothing: honest people ask for waivers
// too. A lexicon counts the kinds a text names, not its phrases: "提起诉讼" is one threat (to sue), not two because it
// holds both 起诉 and 诉讼; "停息挂账" one demand, not three; "投诉到12378和金融监管总局" one way of pressure (the
// regulator), as the reasons say ("以 N 种方式施压（监管、媒体、诉讼、报警）").
public static class Lexicons
{
    public static readonly IReadOnlyList<IReadOnlyList<string>> Demands =
    [
        ["停息挂账", "停息", "挂账", "免除利息", "免息", "只还本金"],     // freeze the interest
        ["减免", "罚息", "违约金"],                                  // waive penalties
        ["个性化分期", "延期还款", "分期还款", "协商还款"],             // bespoke instalments
        ["停催", "停止催收"],                                        // stop collection
        ["修复征信", "消除逾期", "删除逾期", "征信修复"],              // clean the credit record
        ["退还担保费", "退还会员费", "退还服务费", "全额退还"],         // refund fees
    ];

    public static readonly IReadOnlyList<IReadOnlyList<string>> Threats =
    [
        ["银保监会", "金融监管总局", "监管总局", "人民银行", "人行", "12378", "12363", "12315", "信访", "举报"], // the regulator
        ["媒体", "曝光", "黑猫投诉"],                                 // the media
        ["起诉", "诉讼", "法院", "律师函"],                            // the courts
        ["报警", "公安"],                                            // the police
        ["集体投诉", "维权到底"],                                     // a collective campaign
    ];

    public static readonly IReadOnlyList<IReadOnlyList<string>> Justifications =
    [
        ["非恶意逾期", "恶意逾期"],                                   // not wilful
        ["不可抗力", "疫情"],                                        // force majeure
        ["失业", "收入下降", "经济困难", "无力偿还"],                  // income lost
        ["生病", "住院", "重病"],                                    // illness
        ["家庭变故"],                                               // the family
        ["证明材料", "诊断证明", "失业证明"],                          // certificates
    ];

    public static readonly IReadOnlyList<IReadOnlyList<string>> Agency =
    [
        ["全权委托", "委托书", "委托代理", "授权"],                     // a mandate
        ["代理人", "法务", "法律顾问", "我的代理"],                     // a representative
        ["不接受直接联系", "请联系我的代理", "联系我的律师"],            // no direct contact
        ["征信修复机构", "债务优化", "债务重组", "咨询公司"],            // an outfit
    ];

    // A demand stated as non-negotiable: domain.md's professional repeat complainant ("第N次投诉", "不接受任何方案"), who
    // refuses whatever is offered and vows to go on until paid. Not a refusal of one offer ("这个方案我不接受"), which an
    // honest person following up may well write, nor "一直投诉" (honest people write "一直投诉无果").
    public static readonly IReadOnlyList<IReadOnlyList<string>> Refusals =
    [
        ["不接受任何", "拒绝任何", "绝不接受", "决不接受", "绝不同意", "决不同意"], // no offer whatever
        ["绝不罢休", "决不罢休", "投诉到底", "奉陪到底", "不达目的"],              // until they give in
    ];

    // The kinds of the lexicon that the text names, each once however many of its phrases it uses.
    public static int CountIn(IReadOnlyList<IReadOnlyList<string>> lexicon, string text)
    {
        var count = 0;
        foreach (var kind in lexicon)
            if (kind.Any(phrase => text.Contains(phrase, StringComparison.Ordinal)))
                count++;
        return count;
    }
}
