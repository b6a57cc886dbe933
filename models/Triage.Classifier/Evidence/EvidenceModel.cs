using System.Text.Json.Serialization;
using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Classifier.Evidence;

// The score: a logistic sum of monotone evidence terms, context terms and the text sub-score. The text model's
// probability enters as a clipped logit with a bounded weight, so wording can tip a close case but never outvote
// what people did (filings, shared identifiers, shared templates).
public sealed record EvidenceModel
{
    public required double Bias { get; init; }
    public required IReadOnlyList<EvidenceTerm> Terms { get; init; }
    public required double TextWeight { get; init; }
    public required double TextClip { get; init; }

    // Signals under which the text sub-score is held even (probability ½, no share): a letter from a named law firm is
    // written in the legal register the text model learned of templates, so it is judged by what people did
    // (EvidenceOptions.TextHeldEvenWhere). Null in models fitted before it, and left out of their JSON and version.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? TextHeldEvenWhere { get; init; }

    private int[]? indexes;
    private int[]? heldEven;

    private int[] Indexes => indexes ??= Terms.Select(t => SignalNames.IndexOf(t.Signal)).ToArray();

    public bool TextHeldEven(ReadOnlySpan<float> signals)
    {
        foreach (var i in heldEven ??= (TextHeldEvenWhere ?? []).Select(SignalNames.IndexOf).ToArray())
            if (signals[i] > 0)
                return true;
        return false;
    }

    // The text's share of this complaint's logit.
    public double TextShare(ReadOnlySpan<float> signals, float textProbability) => TextHeldEven(signals) ? 0 : TextWeight * TextLogit(textProbability);

    public double TextLogit(float textProbability)
    {
        var p = Math.Clamp(textProbability, 1e-6, 1 - 1e-6);
        return Math.Clamp(Math.Log(p / (1 - p)), -TextClip, TextClip);
    }

    public double Logit(ReadOnlySpan<float> signals, float textProbability)
    {
        var logit = Bias + TextShare(signals, textProbability);
        var at = Indexes;
        for (var i = 0; i < at.Length; i++)
            logit += Terms[i].Share(signals[at[i]]);
        return logit;
    }

    public float Probability(ReadOnlySpan<float> signals, float textProbability) => (float)(1 / (1 + Math.Exp(-Logit(signals, textProbability))));

    // The text model's probabilities of a batch, turned into scores in place.
    public float[] Apply(IReadOnlyList<ClassifierInput> inputs, float[] textProbabilities)
    {
        for (var i = 0; i < textProbabilities.Length; i++)
            textProbabilities[i] = Probability(inputs[i].Signals, textProbabilities[i]);
        return textProbabilities;
    }

    // Each group's share of the logit, largest first. Step terms are measured from no evidence (their share is never
    // negative); the text's share from an even text (probability one half).
    public IReadOnlyList<Contribution> Contributions(ReadOnlySpan<float> signals, float textProbability)
    {
        var shares = new Dictionary<string, double> { [ReasonGroups.Text] = TextShare(signals, textProbability) };
        var at = Indexes;
        for (var i = 0; i < at.Length; i++)
            shares[Terms[i].Group] = shares.GetValueOrDefault(Terms[i].Group) + Terms[i].Share(signals[at[i]]);
        return shares.Select(s => new Contribution(s.Key, s.Value)).OrderByDescending(c => c.Logit).ThenBy(c => c.Group, StringComparer.Ordinal).ToList();
    }
}
