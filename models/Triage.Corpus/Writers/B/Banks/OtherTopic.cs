namespace Triage.Corpus.Writers.B.Banks;

internal static class OtherTopic
{
    public static readonly Topic Bank = new(
        [
            "{app}[额度|借款额度]莫名其妙被[冻结|降到零]了，[请说明原因|为什么]？",
            "[你们的|{app}的][营销短信|广告][太多了|天天发]，[退订也没用|请停止]。",
        ],
        [
            "我[在{app}|用{app}][一直|两年多]都是按时还款，[{today}|今天][打开APP|登录]发现额度[被关闭了|没了]，[没有任何通知|也没说原因]。",
            "[我|][一直|每天]收到{app}的[借款邀请|营销]短信，[回复TD退订了|退订过好几次][还是照发|也没用]。",
            "[我|]想[查一下|要一份][完整的|全部]还款记录，[APP上|页面上]只能看[最近几期|近三个月]。",
            "[我|]{loandate}[申请的|提交的]借款[显示|提示]放款成功，[但|可是]{bank}卡上[一直没到账|没收到钱]，[现在|却]已经[开始计息了|要还款了]。",
            "[你们|有个][业务员|推广的人][打电话|加微信][说能提额|推销别的产品]，[说是{company}的|自称你们公司的]，[我不知道真假|不知道是不是骗子]。",
        ],
        [
            "[我的|]借款编号是{loan}。",
            "[这件事|这个问题][已经|]影响到我[正常用钱|资金安排]了。",
            "[页面上|APP里]也[没有|找不到][相关说明|任何解释]。",
        ],
        [
            "[请|希望][给个解释|说明情况]。",
            "[请|麻烦][核实后|查清楚后][回复我|联系我]。",
            "[希望|请]尽快[恢复|处理]。",
        ]);

    public static Topic For(string category) => category switch
    {
        "collection" => CollectionTopic.Bank,
        "fees" => FeesTopic.Bank,
        "deduction" => DeductionTopic.Bank,
        "credit-report" => CreditTopic.Bank,
        "privacy" => PrivacyTopic.Bank,
        "insurance" => InsuranceTopic.Bank,
        "service" => ServiceTopic.Bank,
        _ => Bank,
    };
}
