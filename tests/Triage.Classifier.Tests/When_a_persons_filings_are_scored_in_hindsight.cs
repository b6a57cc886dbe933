using Triage.Scoring;
using Triage.Signals;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests;

// The person step through the decision the nightly rescoring and `triage score` make, with the shipped model.
public class When_a_persons_filings_are_scored_in_hindsight
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Lazy<SuspectModel> Model = new(() => SuspectModel.Load(ShippedModel.Path));

    private const string Templated =
        "本人因疫情影响导致非恶意逾期，现全权委托代理人与贵司协商。要求立即停止催收，停息挂账，减免全部罚息和违约金，" +
        "并修复我的征信记录。如不同意，我将向金融监管总局和12378投诉，并向媒体曝光。";

    private const string Ordinary = "上个月的账单里多扣了一笔我没有办理过的会员服务费，客服说查不到记录，请核实后把这笔钱退回我的银行卡。";

    private static (ComplaintFacts, SignalVector) Filing(string externalId, string text, DateTimeOffset at, IReadOnlyList<Filing> person, bool organised)
    {
        var signals = new SignalVector { Person = person };
        signals[SignalNames.Filings30d] = person.Count;
        signals[SignalNames.Filings90d] = person.Count;
        signals[SignalNames.DaysSincePreviousFiling] = 5;
        signals[SignalNames.TextLength] = MathF.Log(1 + text.Length);
        signals[SignalNames.Fingerprinted] = 1;
        if (organised)
        {
            foreach (var name in new[] { SignalNames.NearDuplicates30d, SignalNames.NearDuplicates7d, SignalNames.RareContentSharers30d, SignalNames.TemplateWithDemands30d })
                signals[name] = 25;
            signals[SignalNames.RepresentativePhoneShared30d] = 18;
            signals[SignalNames.MaxAgentIdentifierShared30d] = 18;
            signals[SignalNames.MaxAgentIdentifierShared7d] = 12;
            signals[SignalNames.AgentWithDemands30d] = 18;
            signals[SignalNames.DemandTerms] = 4;
            signals[SignalNames.ThreatTerms] = 3;
            signals[SignalNames.MaxTextSimilarity] = 0.95f;
        }
        signals["channel_app"] = 1;
        return (new ComplaintFacts(Guid.NewGuid(), externalId, at, "app", null, text, null, false, []), signals);
    }

    // Filing S (organised evidence) and filing P (an ordinary grievance) of one person five days apart; filing Q, as
    // ordinary, of someone else.
    private static List<(ComplaintFacts Complaint, SignalVector Signals)> Corpus(bool personsLinked = true)
    {
        var s = Filing("S-1", Templated, Now.AddDays(-10), [], organised: true);
        var p = Filing("P-1", Ordinary, Now.AddDays(-5), [], organised: false);
        var q = Filing("Q-1", Ordinary, Now.AddDays(-5), [], organised: false);
        if (personsLinked)
        {
            s.Item2.Person = [new Filing(p.Item1.Id, p.Item1.ReceivedAt, "app")];
            p.Item2.Person = [new Filing(s.Item1.Id, s.Item1.ReceivedAt, "app")];
        }
        return [s, p, q];
    }

    [Test]
    public void Should_make_an_ordinary_filing_suspect_with_its_persons_suspect_one_and_name_that_filing_first()
    {
        var corpus = Corpus();
        var alone = ComplaintScorer.DecideInHindsight(Model.Value, corpus, null, Now, PersonStep.Default with { Bar = 1.01 });
        var together = ComplaintScorer.DecideInHindsight(Model.Value, corpus, null, Now, PersonStep.Default);

        Assert.That(alone[0].Score, Is.GreaterThanOrEqualTo(PersonStep.Default.Bar), "the organised filing scores above the bar on its own");
        Assert.That(alone[1].Suspect, Is.False, "the ordinary filing alone is not suspect");
        Assert.That(together[0], Is.EqualTo(alone[0]).Using<TriageResult>(Same));
        Assert.That(together[1].Score, Is.EqualTo(PersonStep.Raised(Model.Value.Metadata.Threshold)), "raised to the threshold, not to the other filing's score");
        Assert.That(together[1].Suspect, Is.True);
        Assert.That(together[1].Reasons[0], Does.Contain("（S-1）已判为可疑").And.Contain("同一投诉人前后30天内")
            .And.Contain($"评分 {alone[0].Score:0.00}"));
        Assert.That(together[1].Reasons.Skip(1), Has.None.Contains("模型评分"), "no fallback sentence beside the person's");
        Assert.That(together[2], Is.EqualTo(alone[2]).Using<TriageResult>(Same), "another person's filing is untouched");
        Assert.That(together[2].Suspect, Is.False);
    }

    [Test]
    public void Should_decide_the_same_whichever_order_the_filings_come_in()
    {
        var corpus = Corpus();
        var forwards = ComplaintScorer.DecideInHindsight(Model.Value, corpus, null, Now, PersonStep.Default);
        var backwards = ComplaintScorer.DecideInHindsight(Model.Value, corpus.AsEnumerable().Reverse().ToList(), null, Now, PersonStep.Default).Reverse().ToList();

        Assert.That(backwards.Select(d => (d.Score, d.Suspect)), Is.EqualTo(forwards.Select(d => (d.Score, d.Suspect))));
        Assert.That(backwards.Select(d => d.Reasons), Is.EqualTo(forwards.Select(d => d.Reasons)));
    }

    [Test]
    public void Should_leave_a_filing_alone_when_its_persons_filing_is_not_among_those_scored()
    {
        var corpus = Corpus();

        var without = ComplaintScorer.DecideInHindsight(Model.Value, corpus.Skip(1).ToList(), null, Now, PersonStep.Default);

        Assert.That(without[0].Suspect, Is.False);
        Assert.That(without[0].Reasons, Is.Empty);
    }

    [Test]
    public void Should_hold_a_filing_beyond_the_window_apart()
    {
        var corpus = Corpus();
        var (s, p) = (corpus[0], corpus[1]);
        var far = s with { Complaint = s.Complaint with { ReceivedAt = p.Complaint.ReceivedAt.AddDays(-31) } };
        p.Signals.Person = [new Filing(far.Complaint.Id, far.Complaint.ReceivedAt, "app")];

        var decided = ComplaintScorer.DecideInHindsight(Model.Value, [far, p], null, Now, PersonStep.Default);

        Assert.That(decided[1].Suspect, Is.False);
    }

    // A threshold configured for the deployment decides in place of the model's own: a filing is raised to it, and a
    // filing at or above it is suspect on its own.
    [Test]
    public void Should_decide_by_the_configured_threshold_where_one_is_set()
    {
        var corpus = Corpus();
        var own = ComplaintScorer.DecideInHindsight(Model.Value, corpus, null, Now, PersonStep.Default with { Bar = 1.01 });
        var configured = (own[0].Score + own[1].Score) / 2;

        var alone = ComplaintScorer.DecideInHindsight(Model.Value, corpus, configured, Now, PersonStep.Default with { Bar = 1.01 });
        var together = ComplaintScorer.DecideInHindsight(Model.Value, corpus, configured, Now, PersonStep.Default);

        Assert.That(Model.Value.ThresholdFor(null), Is.EqualTo(Model.Value.Metadata.Threshold));
        Assert.That(Model.Value.ThresholdFor(configured), Is.EqualTo(configured));
        Assert.That(configured, Is.Not.EqualTo(Model.Value.Metadata.Threshold).Within(0.01));
        Assert.That(alone.Select(d => d.Suspect), Is.EqualTo(new[] { true, false, own[2].Score >= configured }));
        Assert.That(together[1].Score, Is.EqualTo(PersonStep.Raised(configured)), "raised to the configured threshold");
        Assert.That(together[1].Suspect, Is.True);
    }

    // The pooled way (PersonStep): with the bar out of reach and the pooled bar at the threshold, a person's three
    // filings within 30 days whose demands and threats add up to two or more are decided together, and the reason says
    // so; with two filings, or none of the terms, they are not.
    [Test]
    public void Should_pool_a_repeat_complainants_filings_and_say_how_many_and_what_they_demand()
    {
        var step = PersonStep.Default with { Bar = 1.01, PooledBar = 0 };
        var corpus = Corpus();
        var (s, p) = (corpus[0], corpus[1]);
        var r = Filing("R-1", Ordinary + "再不处理我就去12378投诉。", Now.AddDays(-3), [], organised: false);
        r.Item2[SignalNames.ThreatTerms] = 1;
        s.Item2.Person = [new Filing(p.Item1.Id, p.Item1.ReceivedAt, "app"), new Filing(r.Item1.Id, r.Item1.ReceivedAt, "app")];
        p.Item2.Person = [new Filing(s.Item1.Id, s.Item1.ReceivedAt, "app"), new Filing(r.Item1.Id, r.Item1.ReceivedAt, "app")];
        r.Item2.Person = [new Filing(s.Item1.Id, s.Item1.ReceivedAt, "app"), new Filing(p.Item1.Id, p.Item1.ReceivedAt, "app")];
        List<(ComplaintFacts Complaint, SignalVector Signals)> three = [s, p, r, corpus[2]];

        foreach (var (_, signals) in three.Take(3))
            signals[SignalNames.Filings30d] = 1;
        var twice = ComplaintScorer.DecideInHindsight(Model.Value, three, null, Now, step);
        foreach (var (_, signals) in three.Take(3))
            signals[SignalNames.Filings30d] = 2;
        var pooled = ComplaintScorer.DecideInHindsight(Model.Value, three, null, Now, step);
        var off = ComplaintScorer.DecideInHindsight(Model.Value, three, null, Now, step with { PooledTerms = 0 });

        Assert.That(pooled[0].Suspect, Is.True, "the organised filing is suspect on its own");
        Assert.That(off[1].Suspect || off[2].Suspect, Is.False, "the ordinary filings alone are not suspect");
        Assert.That(twice.Select(d => d.Suspect), Is.EqualTo(off.Select(d => d.Suspect)), "a person's two filings within 30 days pool nothing");
        Assert.That(pooled.Select(d => d.Suspect), Is.EqualTo(new[] { true, true, true, false }), "the other person's filing is untouched");
        Assert.That(pooled[1].Score, Is.EqualTo(PersonStep.Raised(Model.Value.Metadata.Threshold)));
        Assert.That(pooled[1].Reasons[0], Does.StartWith("同一投诉人前后30天内投诉 3 次，合计提出 8 项减免诉求或投诉威胁，其中另一件投诉（S-1）已判为可疑"));
        Assert.That(pooled[2].Reasons[0], Does.Contain("合计提出 8 项"));
        Assert.That(pooled[0], Is.EqualTo(off[0]).Using<TriageResult>(Same), "a filing suspect on its own keeps its own decision");
    }

    private static bool Same(TriageResult a, TriageResult b) =>
        a.Score.Equals(b.Score) && a.Suspect == b.Suspect && a.Reasons.SequenceEqual(b.Reasons) && a.ModelVersion == b.ModelVersion;
}
