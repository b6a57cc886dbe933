using Triage.Complaints;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.PersonalData;

// The signals read only the text of a complaint's sealed personal data, straight from its JSON.
public class When_the_signals_open_sealed_personal_data
{
    private static readonly PersonalDataProtector Protector = new(Convert.FromBase64String(TestKeys.Encryption), Convert.FromBase64String(TestKeys.Hash));

    private static readonly ComplainantSubmission Complainant = new("张三", "13800138000", null, "C1", null);

    [Test]
    public void Should_read_the_same_text_as_the_whole_record_whatever_surrounds_it()
    {
        foreach (var representative in new RepresentativeSubmission?[]
                 {
                     new("李律师", "13900000000", "北京某某律师事务所", "lawyer"), new("李四", null, null, "family"), null,
                 })
        {
            var record = new ComplaintPersonalData(Complainant, representative,
                "他们说\"text\"字段也会出现在正文里：{\"representative\":1}", new OriginSubmission(null, "dev-2"));
            var sealedData = record.Seal(Protector);

            Assert.That(ComplaintPersonalData.OpenText(Protector, sealedData), Is.EqualTo(record.Text), representative?.Relation ?? "none");
            Assert.That(ComplaintPersonalData.OpenText(Protector, sealedData), Is.EqualTo(ComplaintPersonalData.Open(Protector, sealedData).Text));
        }
    }
}
