using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Signals.Tests.Evidence;

public class When_reasons_are_written
{
    private static readonly SignalVector Signals = new()
    {
        [SignalNames.NearDuplicates30d] = 17,
        [SignalNames.RepresentativePhoneShared30d] = 23,
        [SignalNames.Filings30d] = 5,
    };

    [Test]
    public void Should_name_the_groups_in_the_order_of_their_share_and_counts_not_values()
    {
        var shares = new List<(string, double)>
        {
            (ReasonGroups.Filings, 3.1), (ReasonGroups.RepresentativePhone, 2.0), (ReasonGroups.Template, 1.2), (ReasonGroups.Text, 0.1),
        };

        var reasons = ReasonWriter.Write(Signals, SignalMode.Hindsight, shares, suspect: true, score: 0.97);

        Assert.That(reasons, Is.EqualTo(new[]
        {
            "此人前后30天内第 6 次投诉",
            "代理人电话前后30天内还出现在其他 23 人的投诉中",
            "文本与其他 17 人的投诉近乎相同（前后30天内）",
        }));
    }

    // A coached retyping: no near-duplicate, but rare sentences shared with a template's copies.
    [Test]
    public void Should_say_what_a_text_shares_with_a_template_when_it_is_no_near_duplicate()
    {
        var signals = new SignalVector { [SignalNames.RareContentSharers30d] = 6, [SignalNames.TemplateWithDemands30d] = 6 };

        var reasons = ReasonWriter.Write(signals, SignalMode.Hindsight, [(ReasonGroups.Template, 1.5)], suspect: true, score: 0.6);

        Assert.That(reasons, Is.EqualTo(new[] { "文本与其他 6 人的模板化投诉有相同的少见语句（前后30天内）" }));
    }

    // A coached member who kept a sentence of the template that an outfit files for other people: the reason says whose.
    [Test]
    public void Should_say_that_the_shared_sentences_are_an_outfits()
    {
        var signals = new SignalVector { [SignalNames.RareContentOutfitSharers30d] = 8, [SignalNames.RareContentSharers30d] = 2 };

        var reasons = ReasonWriter.Write(signals, SignalMode.Hindsight, [(ReasonGroups.Template, 4.2)], suspect: true, score: 0.7);

        Assert.That(reasons, Is.EqualTo(new[] { "文本与其他 8 人的投诉有相同的少见语句，这些投诉背后有多人共用的代理标识（前后30天内）" }));
    }

    [Test]
    public void Should_give_no_reason_to_a_complaint_that_is_not_suspect()
    {
        var shares = new List<(string, double)> { (ReasonGroups.Filings, 3.1) };

        Assert.That(ReasonWriter.Write(Signals, SignalMode.Online, shares, suspect: false, score: 0.2), Is.Empty);
    }

    [Test]
    public void Should_always_give_a_suspect_complaint_a_reason()
    {
        var reasons = ReasonWriter.Write(new SignalVector(), SignalMode.Online, [(ReasonGroups.Context, 4.0)], suspect: true, score: 0.91);

        Assert.That(reasons, Is.EqualTo(new[] { "模型评分 0.91，达到可疑阈值" }));
    }

    [Test]
    public void Should_explain_a_complaint_in_fraud_review_by_its_route_when_it_has_no_reason_of_its_own()
    {
        Assert.That(ReasonWriter.WithRoute([], "fraud-review", "属于可疑群组 CL-1：共 9 件投诉"), Is.EqualTo(new[] { "属于可疑群组 CL-1：共 9 件投诉" }));
        Assert.That(ReasonWriter.WithRoute(["此人过去30天内第 4 次投诉"], "fraud-review", "可疑"), Is.EqualTo(new[] { "此人过去30天内第 4 次投诉" }));
        Assert.That(ReasonWriter.WithRoute([], "handling/fees", "不可疑"), Is.Empty);
    }

    [Test]
    public void Should_name_the_identifier_behind_the_largest_share_of_an_agent_identifier()
    {
        var signals = new SignalVector { [SignalNames.MaxAgentIdentifierShared30d] = 7, [SignalNames.DeviceShared30d] = 3, [SignalNames.RepresentativePhoneShared30d] = 7 };

        var reasons = ReasonWriter.Write(signals, SignalMode.Online, [(ReasonGroups.AgentIdentifier, 2.0)], suspect: true, score: 0.9);

        Assert.That(reasons, Is.EqualTo(new[] { "代理人电话过去30天内还出现在其他 7 人的投诉中" }));
    }

    [Test]
    public void Should_fall_back_to_fixed_marks_for_a_model_without_shares()
    {
        var reasons = ReasonWriter.Write(Signals, SignalMode.Hindsight);

        Assert.That(reasons[0], Is.EqualTo("代理人电话前后30天内还出现在其他 23 人的投诉中"));
        Assert.That(reasons, Has.Count.EqualTo(3));
    }
}
