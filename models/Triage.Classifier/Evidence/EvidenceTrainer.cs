using Triage.Signals.Features;

namespace Triage.Classifier.Evidence;

// Fits an EvidenceModel by projected gradient descent (Adam) on the logistic loss: step weights are projected onto
// zero or more after every step (a floor's edge onto its logits, EvidenceOptions.Floors), the text weight onto
// [0, MaxTextWeight]. ML.NET's trainers take no monotone constraints, so this small fit lives here; the text sub-score
// beside it is ML.NET's.
public sealed class EvidenceTrainer(EvidenceOptions options)
{
    public EvidenceModel Fit(IReadOnlyList<float[]> signals, IReadOnlyList<float> textProbabilities, IReadOnlyList<bool> labels)
    {
        // With NeutralTextShare s, every row is seen twice: with its text sub-score (weight 1 − s) and with an even text
        // (probability ½, weight s). The behaviour terms then have to separate the rows on their own as well, so a text
        // model that fails on another writer's rows cannot leave behaviour terms that only held with its help.
        var neutral = options.NeutralTextShare;
        if (neutral > 0)
        {
            signals = [.. signals, .. signals];
            textProbabilities = [.. textProbabilities, .. textProbabilities.Select(_ => 0.5f)];
            labels = [.. labels, .. labels];
        }
        var rows = signals.Count;
        var rowWeight = Enumerable.Range(0, rows).Select(r => neutral <= 0 ? 1.0 : r < rows / 2 ? 2 * (1 - neutral) : 2 * neutral).ToArray();
        var specs = EvidenceSignals.All.Where(s => !options.Excluded.Contains(s.Group) && !options.Excluded.Contains(s.Signal)).ToList();
        var index = specs.Select(s => SignalNames.IndexOf(s.Signal)).ToArray();
        var edges = specs.Select((s, t) => Edges(signals, index[t], s.Direction, options.StartsAt.GetValueOrDefault(s.Signal), options.SmallCountEdges.Contains(s.Group))).ToArray();
        // A floor's value is an edge of its own, whose weight is projected onto the floor's logits instead of zero.
        var least = new double[specs.Count][];
        for (var t = 0; t < specs.Count; t++)
        {
            least[t] = new double[edges[t].Length];
            if (specs[t].Direction != Direction.Up || !options.Floors.TryGetValue(specs[t].Signal, out var floor))
                continue;
            edges[t] = edges[t].Append(floor.AtLeast).Distinct().Order().ToArray();
            least[t] = edges[t].Select(e => e == floor.AtLeast ? floor.Logits : 0).ToArray();
        }
        var terms = specs.Select((s, t) => new EvidenceTerm(s.Signal, s.Direction, s.Group, edges[t],
            new float[s.Direction == Direction.Free ? 1 : edges[t].Length])).ToArray();
        var bins = new int[rows, terms.Length];
        for (var r = 0; r < rows; r++)
            for (var t = 0; t < terms.Length; t++)
                bins[r, t] = terms[t].Bin(signals[r][index[t]]);
        var heldEven = options.TextHeldEvenWhere.Order(StringComparer.Ordinal).ToList();
        var probe = new EvidenceModel { Bias = 0, Terms = terms, TextWeight = 1, TextClip = options.TextClip, TextHeldEvenWhere = heldEven };
        var text = textProbabilities.Select((p, r) => probe.TextShare(signals[r], p)).ToArray();
        var y = labels.Select(l => l ? 1.0 : 0.0).ToArray();

        var parameters = new List<double[]>(terms.Select((t, i) => t.Direction == Direction.Free ? new double[1] : least[i].ToArray())) { new double[2] };
        var adam = new Adam(parameters, options.LearningRate);
        var residual = new double[rows];
        for (var step = 0; step < options.Iterations; step++)
        {
            var (bias, textWeight) = (parameters[^1][0], parameters[^1][1]);
            var prefix = terms.Select((term, t) => Prefix(parameters[t], term.Direction)).ToArray();
            for (var r = 0; r < rows; r++)
            {
                var logit = bias + textWeight * text[r];
                for (var t = 0; t < terms.Length; t++)
                    logit += terms[t].Direction == Direction.Free ? parameters[t][0] * signals[r][index[t]] : prefix[t][bins[r, t]];
                residual[r] = rowWeight[r] * (1 / (1 + Math.Exp(-logit)) - y[r]) / rows;
            }
            var gradients = new List<double[]>();
            for (var t = 0; t < terms.Length; t++)
                gradients.Add(Gradient(terms[t], t, parameters[t], residual, bins, signals, index[t]));
            gradients.Add([residual.Sum(), Enumerable.Range(0, rows).Sum(r => residual[r] * text[r]) + options.L2 * textWeight]);
            adam.Step(gradients);
            for (var t = 0; t < terms.Length; t++)
                if (terms[t].Direction != Direction.Free)
                    for (var k = 0; k < parameters[t].Length; k++)
                        parameters[t][k] = Math.Max(least[t][k], parameters[t][k]);
            parameters[^1][1] = Math.Clamp(parameters[^1][1], 0, options.MaxTextWeight);
            if (options.MaxLexiconShare is { } share)
                Bound(parameters, terms, share);
        }
        return new EvidenceModel
        {
            Bias = parameters[^1][0],
            TextWeight = parameters[^1][1],
            TextClip = options.TextClip,
            TextHeldEvenWhere = heldEven.Count > 0 ? heldEven : null,
            Terms = terms.Select((t, i) => t with { Weights = parameters[i].Select(w => (float)w).ToArray() })
                .Where(t => t.Weights.Any(w => w != 0)).ToList(),
        };
    }

    // A step term adds at most the sum of its weights; the lexicon terms' sums together are scaled down to the bound.
    private static void Bound(List<double[]> parameters, EvidenceTerm[] terms, double share)
    {
        var lexicon = Enumerable.Range(0, terms.Length).Where(t => terms[t].Direction == Direction.Up && EvidenceSignals.Lexicons.Contains(terms[t].Group)).ToList();
        var total = lexicon.Sum(t => parameters[t].Sum());
        if (total <= share)
            return;
        foreach (var t in lexicon)
            for (var k = 0; k < parameters[t].Length; k++)
                parameters[t][k] *= share / total;
    }

    private double[] Gradient(EvidenceTerm term, int t, double[] weights, double[] residual, int[,] bins, IReadOnlyList<float[]> signals, int signal)
    {
        if (term.Direction == Direction.Free)
        {
            double g = 0;
            for (var r = 0; r < residual.Length; r++)
                g += residual[r] * signals[r][signal];
            return [g + options.L2 * weights[0]];
        }
        // Weight k counts for every row whose bin passed it: the residuals of bins above k.
        var perBin = new double[weights.Length + 1];
        for (var r = 0; r < residual.Length; r++)
            perBin[bins[r, t]] += residual[r];
        var gradient = new double[weights.Length];
        double above = 0;
        for (var k = weights.Length - 1; k >= 0; k--)
        {
            above += perBin[k + 1];
            gradient[k] = above + options.L2 * weights[k];
        }
        return gradient;
    }

    private static double[] Prefix(double[] weights, Direction direction)
    {
        if (direction == Direction.Free)
            return [];
        var prefix = new double[weights.Length + 1];
        for (var k = 0; k < weights.Length; k++)
            prefix[k + 1] = prefix[k] + weights[k];
        return prefix;
    }

    // Step edges at the quantiles of the values that carry evidence (Up: above zero, or from startsAt when it is set;
    // Down: below the largest value). The person's own counts (EvidenceOptions.SmallCountEdges) get an edge at each of
    // their smallest values first, half of the edges, and quantiles above them: the quantiles of a person's filings fall
    // among the professional filers' dozens and skipped from two other filings straight to five, so a fourth filing in
    // a month weighed what a second did.
    private float[] Edges(IReadOnlyList<float[]> signals, int signal, Direction direction, float startsAt, bool smallCounts)
    {
        if (direction == Direction.Free)
            return [];
        var values = signals.Select(s => s[signal]).ToArray();
        var max = values.Length == 0 ? 0 : values.Max();
        var evidence = direction == Direction.Up ? values.Where(v => v > 0 && v >= startsAt).ToArray() : values.Where(v => v < max).ToArray();
        if (evidence.Length == 0)
            return [];
        Array.Sort(evidence);
        var distinct = evidence.Distinct().ToArray();
        float[] edges;
        if (distinct.Length <= options.MaxEdges)
            edges = distinct;
        else if (direction == Direction.Up && smallCounts && distinct.All(v => v == MathF.Round(v)))
        {
            var small = distinct.Take(options.MaxEdges / 2).ToArray();
            var rest = evidence.Where(v => v > small[^1]).ToArray();
            var k = options.MaxEdges - small.Length;
            edges = small.Concat(Enumerable.Range(1, k).Select(i => rest[(int)((long)i * (rest.Length - 1) / k)])).Distinct().ToArray();
        }
        else
            edges = Enumerable.Range(0, options.MaxEdges).Select(k => evidence[(int)((long)k * (evidence.Length - 1) / (options.MaxEdges - 1))]).Distinct().ToArray();
        return direction == Direction.Up ? edges : edges.Reverse().ToArray();
    }
}
