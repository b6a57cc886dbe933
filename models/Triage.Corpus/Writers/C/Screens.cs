namespace Triage.Corpus.Writers.C;

// For writers who copy out what the contract or the app's screen says, word for word.
internal static class Screens
{
    public static readonly Dictionary<string, string[]> ByCategory = new(StringComparer.Ordinal)
    {
        ["collection"] = ["催收发给我的短信原文是：<q>您已严重逾期，我司将依法上门核实并通知您的单位及家属</q>。", "通话一开始他说的是<q>我们是<lender>贷后部门</q>。"],
        ["fees"] = ["合同里写的是<q>借款人同意按月支付<feeName></q>，可借款页面上一个字都没提。", "借款页面上写的是<q>年化利率低至7.2%起</q>，到我这就变成<rate>了。", "账单明细里写的是<q><feeName> <fee></q>，没有任何说明。"],
        ["deduction"] = ["APP账单页写着<q>本期已还清</q>，可银行又扣了一次。", "银行短信原文：<q>您尾号账户于<dueDay>代扣支出<inst></q>，一共两条。"],
        ["credit-report"] = ["征信报告上写的是<q>账户状态：逾期</q>，<q>五级分类：关注</q>。", "报告里的<q>业务发生机构</q>写的就是<lender>。"],
        ["privacy"] = ["那个人原话是<q>我知道你在<app>借了<amt></q>。", "授权页面写的是<q>同意授权读取通讯录以便为您提供更好的服务</q>，默认就是勾上的。"],
        ["insurance"] = ["页面上写的是<q>为保障您的借款安全，需同时投保借款人意外险</q>，没有不投保的选项。", "保单上写的是<q>第一受益人：<lender></q>。"],
        ["service"] = ["页面一直是<q>系统繁忙，请稍后再试</q>。", "客服回复原话：<q>您的问题已记录，请耐心等待</q>，一模一样回了五次。"],
        ["other"] = ["宣传页面写的是<q>随借随还，无任何隐形费用</q>。", "短信原文：<q>您的额度已提升，点击链接领取</q>。"],
    };
}
