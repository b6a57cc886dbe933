namespace Triage.Classifier.Evaluation;

// What complaint desks do today: flag a complaint whose raw text holds at least two of these agency, demand or
// threat keywords. Its score is the number of keywords found.
public static class KeywordRule
{
    public const int MinimumMatches = 2;

    public static readonly IReadOnlyList<string> Keywords =
    [
        "停息挂账", "减免", "个性化分期", "停催", "全权委托", "委托", "代理", "法务", "征信修复", "修复征信", "消除逾期",
        "非恶意逾期", "12378", "银保监", "金融监管总局", "人民银行", "起诉", "媒体", "报警",
    ];

    public static int Count(string text) => Keywords.Count(text.Contains);

    public static float Score(string text) => Count(text);

    public static string Describe() =>
        $"flag when the raw text contains at least {MinimumMatches} of: {string.Join("、", Keywords)} (score = number found)";
}
