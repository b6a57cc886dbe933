using Triage.Scoring;
using Triage.Signals;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests;

// The person step's refusing way (PersonStep): a person who filed at least three times within 30 days, one of whose
// filings refuses every offer, has every filing raised to the threshold, whatever the model made of their words.
public class When_a_repeat_complainant_refuses_every_offer
{
    private const double Threshold = 0.4;
    private static readonly PersonStep Step = PersonStep.Default;
    private static readonly float Raised = PersonStep.Raised(Threshold);

    private static IReadOnlyList<IReadOnlyList<int>> Persons(params int[][] person) => person;

    private static PersonEvidence[] Evidence(params (int Filings, int Refusals)[] filings) =>
        filings.Select(f => new PersonEvidence(f.Filings, 0, f.Refusals)).ToArray();

    [Test]
    public void Should_raise_every_filing_of_a_person_who_filed_three_times_when_one_refuses_every_offer()
    {
        float[] scores = [0.05f, 0.10f, 0.02f, 0.08f];
        var persons = Persons([1, 2], [0, 2], [0, 1], []);

        var raised = Step.Apply(scores, Threshold, persons, Evidence((3, 0), (3, 1), (3, 0), (3, 0)));

        Assert.That(raised, Is.EqualTo(new[] { Raised, Raised, Raised, 0.08f }), "filing 3 is someone else's who refused nothing");
        Assert.That(Step.Sources(scores, Threshold, persons, Evidence((3, 0), (3, 1), (3, 0), (3, 0))), Is.All.Null,
            "no other filing made them suspect");
        Assert.That(PersonStep.RefusingOf(0, persons, Evidence((3, 0), (3, 1), (3, 2), (3, 0))), Is.EqualTo(2), "filings, not kinds");
    }

    [Test]
    public void Should_not_raise_a_follow_up_a_person_without_refusals_or_with_the_way_turned_off()
    {
        float[] scores = [0.05f, 0.10f, 0.02f];
        var persons = Persons([1, 2], [0, 2], [0, 1]);

        Assert.That(Step.Apply(scores, Threshold, persons, Evidence((2, 1), (2, 1), (2, 1))), Is.EqualTo(scores),
            "two filings within 30 days are a follow-up, whatever they say");
        Assert.That(Step.Apply(scores, Threshold, persons, Evidence((5, 0), (5, 0), (5, 0))), Is.EqualTo(scores), "no filing refuses");
        Assert.That((Step with { RefusingFilings = 0 }).Apply(scores, Threshold, persons, Evidence((3, 1), (3, 1), (3, 1))), Is.EqualTo(scores), "off");
        Assert.That((Step with { RefusingFilings = 2 }).Apply(scores, Threshold, persons, Evidence((3, 1), (3, 0), (3, 0))), Is.EqualTo(scores),
            "two of the filings must refuse");
        Assert.That((Step with { RefusingFilings = 2 }).Apply(scores, Threshold, persons, Evidence((3, 1), (3, 0), (3, 1))),
            Is.EqualTo(new[] { Raised, Raised, Raised }));
    }

    [Test]
    public void Should_count_only_the_refusals_of_the_persons_own_filings()
    {
        float[] scores = [0.05f, 0.10f];

        Assert.That(Step.Apply(scores, Threshold, Persons([], []), Evidence((3, 0), (3, 1))), Is.EqualTo(new[] { 0.05f, Raised }),
            "filing 1 refuses and its person filed three times (the others out of these complaints); filing 0 is someone else's");
    }

    // Through the decision `triage score` and the nightly rescoring make, with the shipped model: three ordinary filings
    // of one person within 30 days, the last refusing every offer.
    [Test]
    public void Should_decide_a_persons_filings_together_and_say_how_many_refuse()
    {
        var now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));
        string[] texts =
        [
            "上个月的账单里多扣了一笔会员服务费，请核实后退回。",
            "我之前反映的会员费问题还没有处理，请尽快答复。",
            "会员费的问题拖了这么久，你们说的处理办法我不接受任何一条，请尽快答复。",
        ];
        var filings = texts.Select((text, i) => (Complaint: new ComplaintFacts(Guid.NewGuid(), $"R-{i + 1}", now.AddDays(-12 + 5 * i), "app", null, text, null, false, []),
            Signals: new SignalVector())).ToList();
        foreach (var (complaint, signals) in filings)
        {
            signals.Person = filings.Where(f => f.Complaint != complaint).Select(f => new Filing(f.Complaint.Id, f.Complaint.ReceivedAt, "app")).ToList();
            signals[SignalNames.Filings30d] = 2;
            signals[SignalNames.Filings90d] = 2;
            signals[SignalNames.DaysSincePreviousFiling] = 5;
            signals[SignalNames.TextLength] = MathF.Log(1 + complaint.Text.Length);
            signals[SignalNames.Fingerprinted] = 1;
            signals[SignalNames.RefusalTerms] = Lexicons.CountIn(Lexicons.Refusals, complaint.Text);
            signals["channel_app"] = 1;
        }
        var model = SuspectModel.Load(ShippedModel.Path);

        var off = ComplaintScorer.DecideInHindsight(model, filings, null, now, Step with { RefusingFilings = 0 });
        var decided = ComplaintScorer.DecideInHindsight(model, filings, null, now, Step);

        Assert.That(off.Select(d => d.Suspect), Is.All.False, $"the model alone is sure of none of them: {string.Join(", ", off.Select(d => d.Score))}");
        Assert.That(decided.Select(d => d.Suspect), Is.All.True);
        Assert.That(decided.Select(d => d.Score), Is.All.EqualTo(PersonStep.Raised(model.Metadata.Threshold)));
        Assert.That(decided.Select(d => d.Reasons[0]),
            Is.All.EqualTo("同一投诉人前后30天内投诉 3 次，其中 1 件声明不接受任何方案、不达目的不罢休，本件一并判定"));
        foreach (var (_, signals) in filings)
            signals[SignalNames.Filings30d] = 1;
        var twice = ComplaintScorer.DecideInHindsight(model, filings.Skip(1).ToList(), null, now, Step);
        Assert.That(twice.Select(d => d.Suspect), Is.All.False, "two filings within 30 days are a follow-up");
    }
}
