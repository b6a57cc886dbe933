namespace Triage.Corpus.Text;

// A relative who files for a borrower: who they are to each other, and why the borrower cannot write.
public sealed record Family(string WriterRole, string BorrowerRole, bool BorrowerMale, bool BorrowerOld, bool WriterMale, bool SameSurname)
{
    public static readonly Family[] All =
    [
        new("女儿", "爸", true, true, false, true), new("女儿", "妈", false, true, false, false),
        new("儿子", "爸", true, true, true, true), new("儿子", "妈", false, true, true, false),
        new("妻子", "老公", true, false, false, false), new("丈夫", "老婆", false, false, true, false),
        new("姐姐", "弟弟", true, false, false, true), new("哥哥", "妹妹", false, false, true, true),
    ];

    private static readonly string[] OldReasons = ["年纪大了不会用手机", "不识字", "耳朵不好使，接电话听不清", "住院了", "被催收电话吓得不敢接电话了", "老年痴呆，很多事记不清了"];
    private static readonly string[] YoungReasons = ["在外地打工，白天没法接电话", "住院了", "出国务工了", "在工地上班不方便", "怀孕在家休养", "抑郁症在治疗，不想接电话"];

    public string Reason(Random rng)
    {
        var reasons = BorrowerOld ? OldReasons : YoungReasons;
        return reasons[rng.Next(reasons.Length)];
    }
}
