using Triage.Complaints;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.PersonalData;

// The signals read two things of a complaint's sealed personal data, straight from its JSON: the text, and whether the
// representative names a law firm.
public class When_the_signals_open_sealed_personal_data
{
    private static readonly PersonalDataProtector Protector = new(Convert.FromBase64String(TestKeys.Encryption), Convert.FromBase64String(TestKeys.Hash));

    private static readonly ComplainantSubmission Complainant = new("张三", "13800138000", null, "C1", null);

    [Test]
    public void Should_read_the_text_and_a_law_firm_named_by_the_representative()
    {
        var sealedData = new ComplaintPersonalData(Complainant, new RepresentativeSubmission("李律师", "13900000000", "北京某某律师事务所", "lawyer"),
            "本人委托律师就重复扣款一事提出投诉。", new OriginSubmission("36.112.4.9", "dev-1")).Seal(Protector);

        Assert.That(ComplaintPersonalData.OpenForSignals(Protector, sealedData), Is.EqualTo(("本人委托律师就重复扣款一事提出投诉。", true)));
    }

    [Test]
    public void Should_read_no_law_firm_behind_an_outfit_a_relative_or_nobody()
    {
        foreach (var representative in new RepresentativeSubmission?[]
                 {
                     new("王经理", "13900000001", "某某法务咨询", "agent"), new("李四", "13900000002", null, "family"), null,
                 })
        {
            var sealedData = new ComplaintPersonalData(Complainant, representative, "APP扣了两次款。", null).Seal(Protector);
            Assert.That(ComplaintPersonalData.OpenForSignals(Protector, sealedData), Is.EqualTo(("APP扣了两次款。", false)), representative?.Organization ?? "none");
        }
    }

    [Test]
    public void Should_read_the_same_text_as_the_whole_record()
    {
        var record = new ComplaintPersonalData(Complainant, new RepresentativeSubmission(null, null, "上海某某律师事务所", null),
            "他们说\"text\"字段也会出现在正文里：{\"representative\":1}", new OriginSubmission(null, "dev-2"));
        var sealedData = record.Seal(Protector);

        Assert.That(ComplaintPersonalData.OpenForSignals(Protector, sealedData).Text, Is.EqualTo(ComplaintPersonalData.Open(Protector, sealedData).Text));
    }
}
