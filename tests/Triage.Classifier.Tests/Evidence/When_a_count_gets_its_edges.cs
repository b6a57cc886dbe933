using Triage.Classifier.Evidence;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests.Evidence;

// Quantile edges put a person's filings among the professional filers' dozens: two other filings in a month, then
// five. The person's own counts get an edge at each of their smallest values, so a fourth filing can weigh more than
// a second; other counts keep their quantiles.
public class When_a_count_gets_its_edges
{
    [Test]
    public void Should_give_the_persons_small_filing_counts_an_edge_each()
    {
        var (signals, text, labels) = Rows();

        var model = new EvidenceTrainer(new EvidenceOptions()).Fit(signals, text, labels);
        var before = new EvidenceTrainer(new EvidenceOptions { SmallCountEdges = new HashSet<string>() }).Fit(signals, text, labels);

        Assert.That(Edges(model, SignalNames.Filings30d).Take(4), Is.EqualTo(new float[] { 1, 2, 3, 4 }));
        Assert.That(Edges(model, SignalNames.Filings30d), Has.Length.LessThanOrEqualTo(8));
        Assert.That(Edges(before, SignalNames.Filings30d), Does.Not.Contain(3f).And.Not.Contain(4f));
        Assert.That(Edges(model, SignalNames.TemplateSharers30d), Is.EqualTo(Edges(before, SignalNames.TemplateSharers30d)));
    }

    // 600 honest rows with no or one other filing, 300 repeat filers with 6 to 25, 20 with 2, 3 or 4; template
    // counts spread the same way, as a count that keeps its quantiles.
    private static (List<float[]> Signals, List<float> Text, List<bool> Labels) Rows()
    {
        var random = new Random(7);
        var index = SignalNames.All.ToList();
        var signals = new List<float[]>();
        var labels = new List<bool>();
        void Add(float filings, bool suspect)
        {
            var row = new float[index.Count];
            row[index.IndexOf(SignalNames.Filings30d)] = filings;
            row[index.IndexOf(SignalNames.TemplateSharers30d)] = filings;
            signals.Add(row);
            labels.Add(suspect);
        }
        for (var i = 0; i < 600; i++)
            Add(random.Next(2), false);
        for (var i = 0; i < 300; i++)
            Add(random.Next(6, 26), true);
        foreach (var filings in new[] { 2, 3, 4 })
            for (var i = 0; i < 20; i++)
                Add(filings, filings > 2);
        return (signals, signals.Select(_ => 0.5f).ToList(), labels);
    }

    private static float[] Edges(EvidenceModel model, string signal) => model.Terms.Single(t => t.Signal == signal).Edges;
}
