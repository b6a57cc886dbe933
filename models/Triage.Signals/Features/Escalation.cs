using System.Text.RegularExpressions;

namespace Triage.Signals.Features;

// The filing count a complaint claims for itself: "第5次投诉", "这是我第三次向贵司反映", "已经投诉了8次". domain.md names the
// escalation ("第N次投诉") as what shows a professional repeat complainant who gives nothing to link: no personal identifier,
// or a relative's. A count only counts when it is about filing (a filing verb right after "第N次", or "投诉了N次"), so
// "第三次打电话催收" in a harassment complaint is not one. A first filing ("第一次") is no escalation: 0.
public static partial class Escalation
{
    // Above this the count is a figure of speech ("第100次"), not more evidence.
    public const int MaxOrdinal = 30;

    public static int ClaimedOrdinal(string text)
    {
        var highest = 0;
        foreach (Match match in OrdinalThenVerb().Matches(text))
            highest = Math.Max(highest, Number(match.Groups["n"].Value));
        foreach (Match match in VerbThenCount().Matches(text))
            highest = Math.Max(highest, Number(match.Groups["n"].Value));
        return highest >= 2 ? Math.Min(highest, MaxOrdinal) : 0;
    }

    // Arabic (half- or full-width) or Chinese numerals up to 99.
    public static int Number(string digits)
    {
        if (digits.Length == 0)
            return 0;
        if (char.IsDigit(digits[0]))
        {
            var value = 0;
            foreach (var c in digits)
                value = value * 10 + (int)char.GetNumericValue(c);
            return value;
        }
        var ten = digits.IndexOf('十');
        if (ten < 0)
            return Digit(digits[0]);
        var tens = ten == 0 ? 1 : Digit(digits[0]);
        var units = ten + 1 < digits.Length ? Digit(digits[ten + 1]) : 0;
        return tens * 10 + units;
    }

    private static int Digit(char c) => "零一二三四五六七八九".IndexOf(c) is var i and >= 0 ? i : c == '两' ? 2 : 0;

    private const string Count = @"(?<n>[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})";
    private const string Clause = "[^，。！？；,.!?;\\n]";
    private const string Verb = "(?:投诉|反映|举报|申诉|信访|维权|来信|致函|求助|上访)";

    // The verb within six characters of "第N次", or further after a preposition that names the matter or the addressee:
    // "第4次就小瑞钱包的问题提出投诉", "第三次向贵司消保部反映". Never across a stop.
    [GeneratedRegex(@"第\s*" + Count + @"\s*次(?:" + Clause + @"{0,6}?|[就向对为]" + Clause + @"{0,14}?)" + Verb)]
    private static partial Regex OrdinalThenVerb();

    [GeneratedRegex(Verb + @"(?:了|过)?\s*" + Count + @"\s*次")]
    private static partial Regex VerbThenCount();
}
