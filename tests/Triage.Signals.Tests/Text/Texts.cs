using Triage.Signals.Text;

namespace Triage.Signals.Tests.Text;

// An agent's template with its slots, and complaints in people's own words.
public static class Texts
{
    public const string Template =
        "本人{0},身份证号{1},联系电话{2}。本人于{3}在{4}申请借款{5},因疫情影响及本人失业,收入锐减,导致无法按时还款,属于非恶意逾期。" +
        "现本人要求贵司停息挂账,减免全部罚息、违约金及逾期利息。贵司催收人员多次骚扰本人及家人、同事、通讯录好友,严重影响本人正常生活和工作。" +
        "如贵司在三个工作日内不予处理,本人将向银保监会、人民银行及12378热线投诉,并向媒体曝光。";

    public const string Unrelated =
        "我上个月在你们app上提前还清了贷款,但是这个月还是从我的银行卡里扣了一笔钱,客服说要等十五个工作日才能退回,我觉得太久了,请尽快处理。";

    public const string OwnWords =
        "我是一名外卖骑手,上个月骑车摔断了腿,在医院住了二十多天,老板也不给工资,我老婆一个人带两个孩子,房租都交不起了,我真的不是故意不还。";

    private static readonly string[] Names = ["张三", "李小明", "王芳", "陈志强", "刘洋"];
    private static readonly string[] Lenders = ["马上消费金融", "招联金融", "借呗", "分期乐", "360借条"];

    public static string Filling(int n) => string.Format(Template,
        Names[n % Names.Length], $"11010119900307{n % 10}03X", $"13{n % 10}0013800{n % 10}", $"2026年{n % 12 + 1}月{n % 28 + 1}日",
        Lenders[n % Lenders.Length], $"{(n + 1) * 1000}元");

    public static TextFingerprint Fingerprint(string text) =>
        TextFingerprinter.Default.Fingerprint(text) ?? throw new InvalidOperationException($"no fingerprint for '{text}'");
}
