namespace Triage.Corpus.Writers.B.Banks;

// Stock justifications ring members give; written to follow 因/由于 in a template's sentence.
internal static class RingHardshipBank
{
    public static readonly string[] All =
    [
        "失业后长期没有稳定收入来源",
        "突发重大疾病住院治疗，医疗费用支出巨大",
        "所在公司经营困难大规模裁员，收入骤减",
        "经营的个体店铺受不可抗力影响被迫关闭",
        "家中老人重病需长期陪护，无法正常工作",
        "遭遇交通事故受伤，丧失部分劳动能力",
        "多家平台同时到期，资金链断裂",
        "单位长期拖欠工资，已申请劳动仲裁",
        "孩子患病治疗，家庭积蓄全部用尽",
        "婚姻变故独自抚养子女，经济十分困难",
        "务工收入季节性中断，短期内无力偿还",
        "投资失败背负大额债务，名下无任何资产",
        "怀孕待产无法工作，家庭仅靠低保维持",
        "被诈骗团伙骗走全部积蓄，已向公安机关报案",
        "确诊抑郁症，长期服药无法正常上班",
        "受行业整体下行影响，生意连续亏损",
    ];

    public static readonly string[] Tags = ["非恶意逾期", "客观原因导致的暂时性还款困难", "不可抗力因素导致的逾期", "阶段性还款困难"];
}
