using System.Text.RegularExpressions;

namespace Triage.Signals.Text;

// Chinese names cannot be found in general; these are found where complaints put them: after a cue (我叫, 借款人,
// 委托人 …), before a title (X先生, X经理) and as X某. After a weak cue ("本人", "客户") only a common surname that is
// not also an everyday word starts a name, and a name stops before a function character ("张三于…" keeps "于").
internal sealed partial class NameMask : SkeletonMask
{
    // Function characters and the first characters of the verbs that follow a name in complaints (处理, 签订, 反映 …).
    private const string NotInNames = "的了是在于和与及向对因从自将把被为已也都就还要会能说称等给让跟同并而且但其所以请您你我他她它们这那个有无不没到过着吗呢吧啊均欠借贷元年月日号时分秒天次期后前中上下里系处办提签负表反投催联拒收付讲告诉认通";

    [GeneratedRegex(@"(?<strong>本人姓名|真实姓名|借款人姓名|客户姓名|我的名字是|名字是|我叫|名叫|姓名|户名|署名)|(?<weak>借款人|委托人|代理人|受托人|投诉人|申请人|当事人|联系人|经办人|持卡人|债务人|律师|本人|客户|催收员|催收人员|工作人员|业务员|专员|客服|母亲|父亲|妻子|丈夫|儿子|女儿|家属)")]
    private static partial Regex Cue();

    [GeneratedRegex(@"(?<full>先生|女士|小姐|同志)|(?<title>经理|律师|主任|专员|老师|主管|组长|科长|处长|局长|部长|警官|法官|师傅|总)")]
    private static partial Regex Title();

    private static readonly string[] Titles =
        ["先生", "女士", "小姐", "同志", "经理", "律师", "主任", "专员", "老师", "主管", "组长", "科长", "处长", "局长", "部长", "警官", "法官", "师傅", "总"];

    public override void Find(string text, List<Mask> found)
    {
        var candidates = new List<Mask>();
        SomeoneWithSurname(text, candidates);
        BeforeTitles(text, candidates);
        AfterCues(text, candidates);
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var end = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Start < end)
                continue;
            found.Add(candidate);
            end = candidate.End;
        }
    }

    private static void SomeoneWithSurname(string text, List<Mask> candidates)
    {
        for (var i = text.IndexOf('某'); i > 0; i = text.IndexOf('某', i + 1))
        {
            var length = i + 1 < text.Length && text[i + 1] == '某' ? 2 : 1;
            for (var surname = 2; surname >= 1; surname--)
            {
                if (i - surname >= 0 && ChineseSurnames.At(text, i - surname, strict: false) == surname)
                {
                    candidates.Add(new Mask(i - surname, surname + length, Placeholder.Name));
                    break;
                }
            }
        }
    }

    private static void BeforeTitles(string text, List<Mask> candidates)
    {
        foreach (Match title in Title().Matches(text))
        {
            var at = title.Index;
            var longestGiven = title.Groups["full"].Success ? 2 : 0;
            for (var given = longestGiven; given >= 0; given--)
            {
                var found = false;
                for (var surname = 2; surname >= 1 && !found; surname--)
                {
                    var start = at - given - surname;
                    // With a given name the surname must not also be an everyday word: "我和王先生" is not "和王".
                    if (start < 0 || ChineseSurnames.At(text, start, strict: given > 0) != surname || !AllInName(text, start + surname, given))
                        continue;
                    candidates.Add(new Mask(start, surname + given, Placeholder.Name));
                    found = true;
                }
                if (found)
                    break;
            }
        }
    }

    private static void AfterCues(string text, List<Mask> candidates)
    {
        foreach (Match cue in Cue().Matches(text))
        {
            var strong = cue.Groups["strong"].Success;
            var at = cue.Index + cue.Length;
            if (at < text.Length && text[at] is ':' or '是' or '为' or ' ')
                at++;
            var surname = ChineseSurnames.At(text, at, strict: !strong);
            if (surname == 0 && !strong)
                continue;
            var longest = surname == 0 ? 3 : 2;
            var given = 0;
            while (given < longest && at + surname + given < text.Length && InName(text[at + surname + given]) && !TitleAt(text, at + surname + given))
                given++;
            if (surname + given >= 2)
                candidates.Add(new Mask(at, surname + given, Placeholder.Name));
        }
    }

    private static bool AllInName(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!InName(text[i]))
                return false;
        }
        return true;
    }

    private static bool InName(char c) => c is >= '\u4e00' and <= '\u9fff' && !NotInNames.Contains(c);

    private static bool TitleAt(string text, int position)
    {
        foreach (var title in Titles)
        {
            if (text.AsSpan(position).StartsWith(title))
                return true;
        }
        return false;
    }
}
