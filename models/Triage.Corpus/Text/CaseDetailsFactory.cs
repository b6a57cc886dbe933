namespace Triage.Corpus.Text;

public static class CaseDetailsFactory
{
    private static readonly int[] RoundAmounts = [1000, 2000, 3000, 3000, 5000, 5000, 6000, 8000, 10000, 10000, 12000, 15000, 20000, 20000, 30000, 50000, 80000];
    private static readonly int[] MonthsOptions = [3, 6, 6, 9, 12, 12, 12, 18, 24, 36];
    private static readonly int[] Fees = [29, 49, 68, 99, 99, 129, 199, 199, 299, 399, 599, 880, 1200, 1580];
    private static readonly string[] FeeNames = ["会员费", "服务费", "担保费", "权益包", "加速卡", "咨询服务费", "信用评估费", "提前还款手续费", "融资担保服务费", "VIP会员"];
    private static readonly string[] Relatives = ["我妈", "我爸", "我老婆", "我老公", "我姐", "我哥", "我弟", "我妹妹", "我女朋友", "我对象", "我舅舅", "我婆婆", "我同事", "我们领导", "我朋友", "我儿子", "我女儿", "我岳父", "我表哥", "我室友", "我爱人", "我老丈人"];
    private static readonly string[] Banks = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "邮储银行", "交通银行", "农商银行", "浦发银行", "兴业银行", "平安银行", "中信银行"];
    private static readonly string[] Jobs = ["外卖骑手", "快递员", "工厂普工", "网约车司机", "做销售的", "程序员", "个体户", "全职宝妈", "在校学生", "老师", "护士", "保安", "厨师", "装修工人", "会计", "货车司机", "服务员", "开小超市的", "退休工人", "保洁", "电工", "房产中介", "美甲师", "农民工", "公务员", "健身教练", "主播", "仓库管理员"];
    private static readonly string[] Reasons = ["失业了", "生病住院了", "公司倒闭了", "工资被拖欠了三个月", "家里老人做手术", "孩子生病", "生意亏了", "离婚了", "出了车祸", "厂里停工放假", "被裁员了", "怀孕没法上班", "店铺关门了", "腰椎间盘突出干不了活", "老公赌博欠了一屁股债", "被骗了一笔钱"];
    private static readonly string[] Insurers = ["安泰财险", "华信保险", "众诚财险", "长盛人寿", "国联财险"];
    private static readonly string[] Rates = ["23.9%", "24%", "35.9%", "36%", "29.8%", "18%"];

    public static CaseDetails Create(Random rng, DateTimeOffset now)
    {
        var amount = rng.NextDouble() < 0.75
            ? RoundAmounts[rng.Next(RoundAmounts.Length)]
            : Math.Round((decimal)(800 + rng.NextDouble() * 40_000), rng.Next(2) * 2);
        var months = MonthsOptions[rng.Next(MonthsOptions.Length)];
        var instalment = Math.Round(amount * (1m + (decimal)(0.08 + rng.NextDouble() * 0.25)) / months, 2);
        var loanDate = now.AddDays(-rng.Next(20, 700)).AddMinutes(rng.Next(0, 1440));
        var dueDate = now.AddDays(-rng.Next(0, 90));
        return new CaseDetails(
            Lender.Apps[rng.Next(Lender.Apps.Length)],
            amount, instalment, months,
            Fees[rng.Next(Fees.Length)],
            FeeNames[rng.Next(FeeNames.Length)],
            Math.Round(instalment * (decimal)(0.05 + rng.NextDouble() * 0.6), 2),
            loanDate, dueDate,
            Math.Max(1, (now - dueDate).Days),
            Relatives[rng.Next(Relatives.Length)],
            Relatives[rng.Next(Relatives.Length)],
            Banks[rng.Next(Banks.Length)],
            now.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture) + rng.NextInt64(1_000_000_000L, 9_999_999_999L),
            "JK" + loanDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + rng.Next(100_000, 999_999),
            Jobs[rng.Next(Jobs.Length)],
            Reasons[rng.Next(Reasons.Length)],
            Insurers[rng.Next(Insurers.Length)],
            Rates[rng.Next(Rates.Length)],
            People.ChineseNames.Surname(rng).Han,
            Lender.Products[rng.Next(Lender.Products.Length)]);
    }
}
