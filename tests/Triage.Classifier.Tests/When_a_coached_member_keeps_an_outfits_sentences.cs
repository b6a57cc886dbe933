using Triage.Scoring;
using Triage.Signals;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests;

// The person step's outfit way (PersonStep): a filing that shares rare sentences with fifteen or more people whose texts
// an outfit files behind its agent identifiers is raised to the threshold, whatever the model made of its words.
public class When_a_coached_member_keeps_an_outfits_sentences
{
    private const double Threshold = 0.4;
    private static readonly PersonStep Step = PersonStep.Default;
    private static readonly float Raised = PersonStep.Raised(Threshold);
    private static readonly IReadOnlyList<IReadOnlyList<int>> Alone = [[], [], [], []];

    private static PersonEvidence[] Sharing(params int[] sharers) => sharers.Select(s => new PersonEvidence(1, 0, 0, s)).ToArray();

    [Test]
    public void Should_raise_a_filing_that_shares_with_fifteen_of_an_outfits_people_and_no_fewer()
    {
        float[] scores = [0.05f, 0.10f, 0.02f, 0.9f];

        Assert.That(Step.OutfitSharers, Is.EqualTo(15));
        Assert.That(Step.Apply(scores, Threshold, Alone, Sharing(15, 14, 60, 30)), Is.EqualTo(new[] { Raised, 0.10f, Raised, 0.9f }),
            "14 sharers are not enough; a filing suspect on its own keeps its score");
        Assert.That(Step.Sources(scores, Threshold, Alone, Sharing(15, 14, 60, 30)), Is.All.Null, "no other filing made them suspect");
    }

    [Test]
    public void Should_not_raise_without_sharers_or_with_the_way_turned_off()
    {
        float[] scores = [0.05f, 0.10f, 0.02f, 0.3f];

        Assert.That(Step.Apply(scores, Threshold, Alone, Sharing(0, 2, 5, 12)), Is.EqualTo(scores), "the most an honest complaint shared on the tuning seeds is 12");
        Assert.That((Step with { OutfitSharers = 0 }).Apply(scores, Threshold, Alone, Sharing(40, 40, 40, 40)), Is.EqualTo(scores), "off");
        Assert.That((Step with { OutfitSharers = 5 }).Apply(scores, Threshold, Alone, Sharing(4, 5, 0, 6)), Is.EqualTo(new[] { 0.05f, Raised, 0.02f, Raised }));
    }

    [Test]
    public void Should_read_the_sharers_from_the_signals()
    {
        var signals = new SignalVector { [SignalNames.RareContentOutfitSharers30d] = 23, [SignalNames.Filings30d] = 1 };

        Assert.That(PersonEvidence.Of(signals.ToArray()), Is.EqualTo(new PersonEvidence(2, 0, 0, 23)));
    }

    // Through the decision `triage score` and the nightly rescoring make, with the shipped model: a member's own letter,
    // long and plainly worded, that keeps two of the outfit's sentences shared by 20 of its people.
    [Test]
    public void Should_decide_it_suspect_and_say_whose_sentences_it_keeps()
    {
        var now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));
        const string text = "您好，我是贵司的老客户了，借款一直按时还，今年厂里停产，收入一下子没了，家里老人还要看病，这两个月实在周转不过来。" +
                            "我想说明一下情况，希望贵司能看在我以往还款记录良好的份上，给我一点时间，等我找到新工作一定会还上。谢谢理解。";
        var complaint = new ComplaintFacts(Guid.NewGuid(), "C-1", now.AddDays(-3), "app", null, text, null, false, []);
        var signals = new SignalVector
        {
            [SignalNames.RareContentOutfitSharers30d] = 20,
            [SignalNames.TextLength] = MathF.Log(1 + text.Length),
            ["channel_app"] = 1,
        };
        var model = SuspectModel.Load(ShippedModel.Path);

        var off = ComplaintScorer.DecideInHindsight(model, [(complaint, signals)], null, now, Step with { OutfitSharers = 0 });
        var decided = ComplaintScorer.DecideInHindsight(model, [(complaint, signals)], null, now, Step);

        Assert.That(off[0].Suspect, Is.False, $"the model alone is not sure of it: {off[0].Score}");
        Assert.That(decided[0].Suspect, Is.True);
        Assert.That(decided[0].Score, Is.EqualTo(PersonStep.Raised(model.Metadata.Threshold)));
        Assert.That(decided[0].Reasons[0], Is.EqualTo("文本与其他 20 人的投诉有相同的少见语句，这些投诉背后有多人共用的代理标识（前后30天内），达到 15 人即判为可疑"));
        Assert.That(decided[0].Reasons.Skip(1), Has.None.StartWith("文本与其他 20 人"), "the outfit's sentences are said once");
        signals[SignalNames.RareContentOutfitSharers30d] = 14;
        Assert.That(ComplaintScorer.DecideInHindsight(model, [(complaint, signals)], null, now, Step)[0].Suspect, Is.False, "14 sharers are not enough");
    }
}
