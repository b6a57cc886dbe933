using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// Family C: written apart from families A and B, from the domain notes alone; kept for evaluation.
public sealed class WriterC : IComplaintWriter
{
    private static readonly string[] Hardships =
    [
        "公司裁员失业", "突发重病住院", "家人重病需要长期治疗", "生意失败", "工厂停产被迫待业", "遭遇车祸受伤", "单位拖欠工资半年",
        "离婚后独自抚养孩子", "投资失败负债累累", "父母年迈多病", "怀孕待产无法工作", "家乡遭灾收成全无", "经营的店铺倒闭", "被电信诈骗损失全部积蓄",
        "做手术后丧失劳动能力", "多头借贷以贷养贷",
    ];

    public string Name => "c";

    public IReadOnlyList<string> RingHardships => Hardships;

    public string Genuine(Random rng, TextContext context, string category, WritingStyle style) => HonestTexts.Genuine(rng, context, category, style);

    public string Waiver(Random rng, TextContext context, WritingStyle style) => HonestTexts.Waiver(rng, context, style);

    public string FollowUp(Random rng, TextContext context, string category, WritingStyle style) => HonestTexts.FollowUp(rng, context, category, style);

    public string Incident(Random rng, TextContext context, string incidentType, WritingStyle style) => HonestTexts.Incident(rng, context, incidentType, style);

    public string Copy(Random rng, TextContext context, string original) => ChannelFrames.Copy(rng, original);

    public string ForChannel(Random rng, string text, string channel, TextContext context) => ChannelFrames.Frame(rng, text, channel, context);

    public string Lawyer(Random rng, TextContext context, string category) => LawyerLetter.Write(rng, context, category);

    public string Family(Random rng, TextContext context, string category, WritingStyle style, string pronoun) => FamilyText.Write(rng, context, category, style, pronoun);

    public IRingTemplate RingTemplate(Random rng, bool entrustInText, bool contactInText, double spin) => OutfitBuilder.Build(rng, entrustInText, contactInText, spin);

    public string Coach(Random rng, string text, WritingStyle style) => Coaching.Retype(rng, text, style);

    public IReadOnlyList<string> RepeatStock(Random rng) => RepeatText.Stock(rng);

    public string RelativePrefix(Random rng) => Pick.One(rng, RepeatBank.Prefixes);

    public string Repeat(Random rng, TextContext context, int filing, int planned, IReadOnlyList<string> stock, WritingStyle style, string? relativePrefix) =>
        RepeatText.Write(rng, context, filing, planned, stock, style, relativePrefix);
}
