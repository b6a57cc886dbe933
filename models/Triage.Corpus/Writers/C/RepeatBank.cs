namespace Triage.Corpus.Writers.C;

// A professional complainant's grievances, each with several fresh tellings, and the ladder their demands climb.
internal static class RepeatBank
{
    public static readonly Dictionary<string, string[]> Grievances = new(StringComparer.Ordinal)
    {
        ["收费"] = ["你们收的<feeName><fee>就是违法收费。", "借款时强制收取<feeName>，我从没同意过。", "<feeName>根本没有任何提示，属于隐形收费。", "每期都扣<fee>的<feeName>，一共扣了多少你们自己算。"],
        ["利率"] = ["实际年化超过<rate>，已经超过法律保护上限。", "页面宣传的利率和合同上的根本不是一回事，这是虚假宣传。", "我自己用计算器算了，加上各种费用综合成本远超24%。"],
        ["催收"] = ["<when>催收又打到<rel>那里去了。", "你们的催收说话侮辱人格，我全程录音了。", "我<when>接到一个外地号码，自称是你们的法务，威胁我。"],
        ["客服"] = ["<when>打你们客服，又被挂了电话。", "工单说24小时回电，结果根本没人回。", "客服一问三不知，只会说已记录。", "你们客服说话阴阳怪气，态度极其恶劣。"],
        ["保险"] = ["借款强制搭售<insurer>的保险，保费必须退。", "保险是你们偷偷勾选的，我不知情。"],
        ["征信"] = ["你们乱报我的征信，导致我<when>去银行办业务被拒。", "征信上的逾期是你们系统造成的，凭什么我来承担。"],
        ["合同"] = ["合同全是霸王条款，我要求提供纸质合同原件。", "我至今没有收到完整的借款合同，你们涉嫌欺诈。", "合同的电子签名不是我本人操作的。"],
        ["扣款"] = ["<when>未经我授权扣了<inst>。", "还没到还款日就把钱扣了，谁给你们的权力？"],
        ["隐私"] = ["你们把我的借款信息泄露给了第三方，现在天天有人打电话推销。", "你们的APP偷偷读取我的通讯录。"],
    };

    public static readonly string[] Whens = ["昨天下午", "今天上午", "前天晚上", "上周五", "这周一", "昨天晚上九点多", "今天中午", "大前天"];

    public static readonly string[] Firsts = ["我要投诉<app>。", "投诉<lender>。", "关于我在<app>的借款，我有以下问题要投诉。", "<lender>你们好，我要反映几个问题。"];

    public static readonly string[] Counts = ["这是我第<count>次投诉。", "第<count>次投诉了！", "我已经投诉<count>次了。", "【第<count>次投诉】", "前前后后我已经反映了<count>次。"];

    public static readonly string[] Elsewhere = ["12378", "金融监管总局", "人民银行", "消协", "12315", "市长热线12345", "当地金融监管局", "黑猫投诉", "法院", "媒体"];

    public static readonly string[] AlreadyLeads = ["我已经向<where>投诉了。", "<where>那边我已经反映了，等着看你们怎么交代。", "我已经同步投诉到<where>。", "<where>已经受理我的投诉。"];

    public static readonly string[][] Ladder =
    [
        ["请退还<feeName>。", "请给我一个合理解释。", "请尽快处理。"],
        ["要求全额退还所有费用。", "要求书面道歉。", "要求你们主管亲自给我打电话。", "要求退还所有利息。"],
        ["不接受任何分期方案，必须全额退还。", "要求赔偿我的误工费和精神损失<damage>。", "不接受任何方案，只接受全额退款。", "今天必须给答复，否则后果自负。", "要求更换处理人员，现在的处理人员不专业。"],
    ];

    public static readonly string[] Prefixes =
    [
        "我是<target>的<familyRole>，替<pronoun>投诉。", "以下是替我家<target>反映的。", "我是<familyRole>，<target>的事我来说。", "我代<target>投诉，我是<pronoun>的<familyRole>。",
    ];
}
