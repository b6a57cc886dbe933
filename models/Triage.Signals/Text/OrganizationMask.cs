using System.Text.RegularExpressions;

namespace Triage.Signals.Text;

// Lenders and agencies the list does not know: "某某消费金融", "XX金融科技有限公司", "XX法务咨询有限公司", "XX律师事务所".
// The regex finds the suffix; the name before it is taken backwards here, up to a pronoun, preposition or anything
// that is not a Chinese character, so that "我在某某消费金融" keeps "我在".
internal sealed partial class OrganizationMask : SkeletonMask
{
    private const string NotInNames = "我你他她在向从于对的了是和与及被给把将请该贵本其此这那,";

    [GeneratedRegex(@"(?<short>消费金融|消金)(?:股份)?(?:有限)?(?:责任)?(?:公司)?" +
                    @"|(?:金融|银行|小贷|小额贷款|科技|信息|网络|融资担保|担保|保险|法务|咨询|资产管理|商务|信用管理)(?:服务)?(?:股份)?(?:有限)?(?:责任)?公司" +
                    @"|律师事务所|(?<=某某)(?:金融|银行|平台|公司|法务|律所|咨询)")]
    private static partial Regex Suffix();

    public override void Find(string text, List<Mask> found)
    {
        var end = 0;
        foreach (Match match in Suffix().Matches(text))
        {
            var longest = match.Groups["short"].Success ? 4 : 6;
            var start = match.Index;
            while (start > end && match.Index - start < longest && text[start - 1] is >= '\u4e00' and <= '\u9fff' && !NotInNames.Contains(text[start - 1]))
                start--;
            if (match.Index - start < 2)
                continue;
            found.Add(new Mask(start, match.Index + match.Length - start, Placeholder.Organization));
            end = match.Index + match.Length;
        }
    }
}
