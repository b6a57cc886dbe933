namespace Triage.Corpus.Writers.C;

// One-line complaints: what people type when they have thirty seconds and a grievance.
internal static class Shorts
{
    public static readonly Dictionary<string, string[]> ByCategory = new(StringComparer.Ordinal)
    {
        ["collection"] = ["催收打到我妈那去了，你们管不管", "别再打我同事电话了！！", "<app>催收骂人，有录音，要求处理", "姓<collector>的催收威胁我说要上门，请核实", "逾期<overdue>天而已，一天几十个电话，受不了了"],
        ["fees"] = ["<feeName><fee>是什么钱？没同意过，退钱", "借<amt>被扣了<fee>，砍头息？", "提前还款收<pen>手续费，借的时候没说", "会员费我要退，我没开过"],
        ["deduction"] = ["<bank>卡被扣两次<inst>，请退一次", "已经还了又扣一遍，退钱", "没授权的扣款<inst>，请退回", "结清了还扣我钱？订单<order>"],
        ["credit-report"] = ["征信上的逾期不是我的问题，请更正", "征信多了一笔贷款不是我借的", "结清了征信还显示未结清，请更新", "按时还的为什么上报逾期？"],
        ["privacy"] = ["借完款天天接贷款推销电话，信息是不是你们卖的", "陌生人知道我借款金额，请查泄露", "我要删除我的个人信息"],
        ["insurance"] = ["搭售保险，要求退保退费", "不买保险不给借款，这合法吗", "<insurer>的保费请停止扣"],
        ["service"] = ["结清证明开不出来，急用", "客服电话一直打不通", "APP还不了款，算我逾期不合理", "换手机号换不了，请人工联系我"],
        ["other"] = ["营销电话太多了，别打了", "有人冒充你们公司要钱，提醒一下", "合同利率和宣传不一样，请解释", "注销账户找不到入口"],
    };
}
