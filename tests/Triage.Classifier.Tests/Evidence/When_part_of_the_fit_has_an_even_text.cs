using Triage.Classifier.Evidence;
using Triage.Signals.Features;

namespace Triage.Classifier.Tests.Evidence;

// EvidenceOptions.NeutralTextShare (docs/classifier.md): part of the fit sees every row with an even text sub-score,
// so the behaviour terms must separate the rows without the text's help as well.
public class When_part_of_the_fit_has_an_even_text
{
    // Suspects file often through several channels and their text reads like a template; honest look-alikes file as
    // often (follow-ups) but through one channel, and the text model calls them honest; the rest file once.
    private static (List<float[]> Signals, List<float> Text, List<bool> Labels) Rows()
    {
        var (signals, text, labels) = (new List<float[]>(), new List<float>(), new List<bool>());
        void Add(int count, float filings, float channels, float textProbability, bool suspect)
        {
            for (var i = 0; i < count; i++)
            {
                var row = new float[SignalNames.All.Count];
                row[SignalNames.IndexOf(SignalNames.Filings30d)] = filings;
                row[SignalNames.IndexOf(SignalNames.Channels30d)] = channels;
                row[SignalNames.IndexOf(SignalNames.DaysSincePreviousFiling)] = 30;
                signals.Add(row);
                text.Add(textProbability);
                labels.Add(suspect);
            }
        }
        Add(200, filings: 6, channels: 3, textProbability: 0.95f, suspect: true);
        Add(60, filings: 6, channels: 3, textProbability: 0.4f, suspect: true);
        Add(150, filings: 6, channels: 1, textProbability: 0.01f, suspect: false);
        Add(60, filings: 6, channels: 2, textProbability: 0.02f, suspect: false);
        Add(1000, filings: 0, channels: 1, textProbability: 0.1f, suspect: false);
        return (signals, text, labels);
    }

    [Test]
    public void Should_fit_the_behaviour_terms_of_a_fit_without_text_when_the_whole_fit_has_an_even_text()
    {
        var (signals, text, labels) = Rows();
        var even = new EvidenceTrainer(new EvidenceOptions { NeutralTextShare = 1 }).Fit(signals, text, labels);
        var none = new EvidenceTrainer(new EvidenceOptions { MaxTextWeight = 0 }).Fit(signals, text, labels);

        Assert.That(even.TextWeight, Is.EqualTo(0).Within(1e-9));
        Assert.That(even.Bias, Is.EqualTo(none.Bias).Within(1e-6));
        Assert.That(even.Terms.Select(t => t.Signal), Is.EqualTo(none.Terms.Select(t => t.Signal)));
        for (var t = 0; t < none.Terms.Count; t++)
            Assert.That(even.Terms[t].Weights, Is.EqualTo(none.Terms[t].Weights).Within(1e-5f), none.Terms[t].Signal);
    }

    [Test]
    public void Should_separate_the_honest_look_alikes_by_behaviour_more_than_a_fit_that_leans_on_the_text()
    {
        var (signals, text, labels) = Rows();
        var leaning = new EvidenceTrainer(new EvidenceOptions()).Fit(signals, text, labels);
        var standing = new EvidenceTrainer(new EvidenceOptions { NeutralTextShare = 0.75 }).Fit(signals, text, labels);

        // Behaviour alone (an even text): how far a suspect sits above an honest look-alike.
        var suspect = signals[0];
        var lookAlike = signals[260];
        double Gap(EvidenceModel m) => m.Logit(suspect, 0.5f) - m.Logit(lookAlike, 0.5f);

        Assert.That(Gap(leaning), Is.GreaterThan(0), "both fits see the channels");
        Assert.That(Gap(standing), Is.GreaterThan(Gap(leaning) + 0.25));
        Assert.That(standing.TextWeight, Is.GreaterThan(0), "the text still counts in the other part of the fit");
    }
}
