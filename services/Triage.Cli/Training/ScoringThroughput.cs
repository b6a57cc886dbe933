using System.Diagnostics;
using Triage.Classifier;

namespace Triage.Cli.Training;

// The model alone, on inputs whose signals are already computed: one batched Transform (after one warm-up run)
// against Score from every core through the pooled engines.
public sealed record ScoringThroughput(float[] Scores, int Rows, TimeSpan Batch, TimeSpan Pooled, double MaxDifference)
{
    public static ScoringThroughput Measure(SuspectModel model, IReadOnlyList<ClassifierInput> inputs)
    {
        model.ScoreBatch(inputs.Take(1_000).ToList());
        var clock = Stopwatch.StartNew();
        var scores = model.ScoreBatch(inputs);
        var batch = clock.Elapsed;

        var single = new float[inputs.Count];
        model.Score(inputs[0]);
        clock.Restart();
        Parallel.For(0, inputs.Count, i => single[i] = model.Score(inputs[i]));
        var pooled = clock.Elapsed;
        var difference = scores.Zip(single, (a, b) => Math.Abs((double)a - b)).DefaultIfEmpty(0).Max();
        return new ScoringThroughput(scores, inputs.Count, batch, pooled, difference);
    }

    public string Describe() =>
        $"Scoring throughput (model alone, signals precomputed, {Environment.ProcessorCount} cores): ScoreBatch {Rows / Batch.TotalSeconds:N0} complaints/s " +
        $"({Rows:N0} in {Batch.TotalSeconds:N1} s); pooled PredictionEngine from Parallel.For {Rows / Pooled.TotalSeconds:N0} complaints/s " +
        $"({Pooled.TotalSeconds:N1} s); largest difference between the two {MaxDifference:0.###E+0}";
}
