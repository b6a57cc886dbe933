using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// The words around the facts: how each register opens, complains, asks and signs off.
internal static class Voice
{
    public static string[] Openers(Register r) => r switch
    {
        Register.Formal => ["您好：", "尊敬的<lender>：", "<me><name>，现就<app>借款相关问题投诉如下。", "投诉人：<name>\n", "关于<app>借款问题的投诉", "贵司好，", ""],
        Register.Angry => ["我要投诉！", "你们<app>到底还有没有人管？", "受够了。", "<app>你们太过分了！", "", "今天必须给我个说法。"],
        Register.Confused => ["你好，我是<name>，今年<age>了，", "同志你好，", "我不太会弄这个，是我孙子帮我打的字。", "您好，我是<city>的<name>，", "请问是<lender>吗，"],
        _ => ["你好，", "客服你好，想问一下，", "", "", "我要投诉一下<app>。", "在吗，", "麻烦看一下我这个事，", "hello，"],
    };

    public static string[] Selves(Register r) => r switch
    {
        Register.Formal => ["<me>系贵司<app>用户，客户号<cust>，注册手机<tail>结尾。", "借款合同编号<loan>，借款金额<amt>，借款日期<loanDay>。", "<me>于<loanDay>通过<app>借款<amt>，分<months>期。"],
        Register.Confused => ["我那个钱是<loanDay>借的，借了<amt>，具体多少期我记不清了。", "我年纪大了，手机上的东西看不太明白。"],
        _ => ["我是<job>，在<city>。", "我<loanDay>在<app>借过一笔<amt>。", "手机号尾号<tail>。", "我是<app>的老用户了，借了好几次。"],
    };

    public static string[] Feelings(Register r) => r switch
    {
        Register.Formal => ["上述行为已严重影响<me>的正常生活和工作。", "<me>认为贵司的做法有违公平原则。", "此事给<me>及家人造成了较大困扰。"],
        Register.Angry => ["这就是你们的服务？", "太恶心了！", "我真是服了。", "简直就是流氓！", "你们良心不会痛吗？", "气得我一晚上没睡！"],
        Register.Confused => ["我也不懂这些，就是心里着急。", "我一个老人家，经不起这么折腾。", "我不知道找谁，只好在这上面写。"],
        _ => ["搞得我现在压力特别大。", "真的很无语。", "我现在每天都很焦虑。", "说实话挺寒心的。", "我是真的不懂为什么会这样。", "感觉被坑了。"],
    };

    public static readonly Dictionary<string, string[]> Asks = new(StringComparer.Ordinal)
    {
        ["collection"] = ["请你们管一管催收，别再打给我家里人和同事。", "我要求核查那几通电话的录音，并给我一个道歉。", "该还的我会还，但请让他们停止骚扰无关的人。", "请告诉我这个催收到底是不是你们委托的。", "请把我的联系人信息从催收那里删掉。"],
        ["fees"] = ["请把这笔<feeName>退给我。", "请说清楚这<fee>到底是什么费用，依据是哪条合同。", "我要求退还多收的费用。", "请取消这个<feeName>，以后不要再扣了。", "提前还款手续费我不认，请免掉。"],
        ["deduction"] = ["请尽快把多扣的钱退回原卡。", "请查明原因，把钱退给我，并且关闭自动扣款。", "多扣的<inst>请三天内退回，我急用。", "请给我一个书面的扣款明细。"],
        ["credit-report"] = ["请尽快更正我的征信记录。", "请核实这笔借款是不是我本人办的，不是的话请删除征信记录。", "请出具情况说明，我要拿去给银行看。", "我要求你们向人民银行征信中心提交更正。"],
        ["privacy"] = ["请告诉我，我的信息给了哪些第三方。", "请删除我的个人信息并停止向外提供。", "请查一下是不是内部人员泄露的。", "请撤回我的通讯录授权。"],
        ["insurance"] = ["请帮我退保，把保费退回来。", "请停止扣保费。", "请把保单和保险条款发给我看。", "请说明为什么不买保险就借不了款。"],
        ["service"] = ["请尽快处理。", "请给我开结清证明。", "请安排人工客服给我回电话。", "请把这次算的逾期撤销掉。"],
        ["other"] = ["请核实一下。", "请尽快给我答复。", "请帮我处理一下，谢谢。", "请停止给我打营销电话。"],
    };

    // What old people add when someone types for them or they type slowly themselves.
    public static readonly string[] ElderAsides =
    [
        "我也不知道是不是我按错了。", "那个字太小了我看不清。", "我儿子在外地打工，不在家。", "打电话过去总是让我按键，我也听不明白。",
        "我活了这么大岁数没欠过谁的钱。", "我就想弄明白是怎么回事。", "当时是营业厅的小姑娘帮我弄的。",
    ];

    public static readonly string[] Regulator =
    [
        "如果这周还没有答复，我只能打12378反映了。", "我已经在想要不要向金融监管局投诉。", "再不处理我就去人民银行反映征信的问题。",
        "我先找你们，解决不了再找监管。", "听朋友说可以打12378，我想先给你们一个机会。",
    ];

    public static string[] Closings(Register r) => r switch
    {
        Register.Formal => ["望贵司尽快核实处理并书面答复。", "盼复。", "此致\n敬礼！", "请于法定时限内答复。", "以上情况属实，请予处理。"],
        Register.Angry => ["赶紧处理！", "别再拖了！", "等你们回复，别让我等太久。", ""],
        Register.Confused => ["麻烦你们了，谢谢同志。", "谢谢你们，给我打电话就行，我不会弄微信。", "谢谢。"],
        _ => ["谢谢。", "麻烦尽快，谢谢！", "等回复。", "", "辛苦了。", "谢谢啦"],
    };

    public static string SignOff(Hand hand) => hand.SignOff switch
    {
        1 => "<name>",
        2 => "联系电话：<phone>",
        3 => "客户 <name>  <today>",
        4 => "—— <surname>",
        _ => "",
    };
}
