using System.Text.Json;
using Triage.Classifier.Evidence;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests.Evidence;

// A letter from a named law firm is written in the legal register the text model learned of templates (it cites laws
// and threatens suit), so its wording is held even: it is judged by what people did, in the fit and in the score.
public class When_a_law_firm_writes_the_letter
{
    private static readonly int LawFirm = SignalNames.IndexOf(SignalNames.RepresentativeLawFirm);

    [Test]
    public void Should_judge_a_named_firms_letter_by_behaviour_not_by_its_wording()
    {
        var (signals, text, labels) = Rows();
        var model = new EvidenceTrainer(new EvidenceOptions()).Fit(signals, text, labels);

        Assert.That(model.TextHeldEvenWhere, Is.EqualTo(new[] { SignalNames.RepresentativeLawFirm }));
        Assert.That(model.TextWeight, Is.GreaterThan(0), "the wording counts for everybody else");
        foreach (var row in signals.Where(s => s[LawFirm] > 0).Take(50))
        {
            Assert.That(model.Probability(row, 0.999f), Is.EqualTo(model.Probability(row, 0.001f)), "a named firm's wording moves nothing");
            Assert.That(model.Contributions(row, 0.999f).Single(c => c.Group == "text").Logit, Is.Zero, "and is no reason");
            var unnamed = (float[])row.Clone();
            unnamed[LawFirm] = 0;
            Assert.That(model.Probability(unnamed, 0.999f), Is.GreaterThan(model.Probability(unnamed, 0.001f)), "the same letter unnamed");
        }
    }

    [Test]
    public void Should_count_the_wording_of_every_letter_when_asked_to()
    {
        var (signals, text, labels) = Rows();
        var model = new EvidenceTrainer(new EvidenceOptions { TextHeldEvenWhere = new HashSet<string>() }).Fit(signals, text, labels);
        var row = signals.First(s => s[LawFirm] > 0);

        Assert.That(model.TextHeldEvenWhere, Is.Null);
        Assert.That(model.Probability(row, 0.999f), Is.GreaterThan(model.Probability(row, 0.001f)));
    }

    // A model fitted before the rule has no such field: its JSON, and so its version (ModelFiles.Version), stay as they were.
    [Test]
    public void Should_leave_a_model_fitted_before_it_as_it_was()
    {
        var before = new EvidenceModel { Bias = -1, Terms = [], TextWeight = 0.5, TextClip = 4 };
        var row = new float[SignalNames.All.Count];
        row[LawFirm] = 1;

        Assert.That(JsonSerializer.Serialize(before, ModelFiles.Json), Does.Not.Contain("textHeldEvenWhere"));
        Assert.That(before.Probability(row, 0.999f), Is.GreaterThan(before.Probability(row, 0.001f)));
    }

    // 300 ring members behind shared agents' phones with template-like wording, 200 law-firm letters whose wording reads
    // the same and whose firm's phone a few other clients gave, 600 honest complaints in plain words.
    private static (List<float[]> Signals, List<float> Text, List<bool> Labels) Rows()
    {
        var random = new Random(11);
        var signals = new List<float[]>();
        var text = new List<float>();
        var labels = new List<bool>();
        void Add(float sharedPhone, bool lawFirm, float wording, bool suspect)
        {
            var row = new float[SignalNames.All.Count];
            row[SignalNames.IndexOf(SignalNames.RepresentativePhoneShared30d)] = sharedPhone;
            row[LawFirm] = lawFirm ? 1 : 0;
            signals.Add(row);
            text.Add(wording);
            labels.Add(suspect);
        }
        for (var i = 0; i < 300; i++)
            Add(random.Next(2, 31), lawFirm: false, 0.6f + 0.4f * random.NextSingle(), suspect: true);
        for (var i = 0; i < 200; i++)
            Add(random.Next(0, 8), lawFirm: true, 0.6f + 0.4f * random.NextSingle(), suspect: false);
        for (var i = 0; i < 600; i++)
            Add(random.Next(0, 3), lawFirm: false, 0.4f * random.NextSingle(), suspect: false);
        return (signals, text, labels);
    }
}
