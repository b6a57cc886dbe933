namespace Triage.Classifier;

// In hindsight one person's filings are decided from the same person evidence: a filing that is not suspect on its
// own is raised to the suspect threshold when another filing of the same person within the window is suspect with a
// score of at least the bar, so that a person's twelfth filing that names no waiver demand is not passed while the
// eleventh, which names two, is flagged. Raised to the threshold, not to the other filing's score: it is suspect by
// its person, at the least confidence, and ranks below every filing suspect on its own evidence (on tuning seeds 303
// and 304 taking the other filing's score lowered writer c's average precision, 0.9945 → 0.9928 on 303; the
// threshold never lowered it, docs/classifier.md). One step from each filing's own score, never a chain: a raised
// filing raises no other, and a chunk of the nightly run that scores a member's person decides it alike whichever
// chunk holds the rest. Never lowers a score; a higher score of any filing, or one more filing of the person, never
// lowers one.
public sealed record PersonStep
{
    public static readonly PersonStep Default = new();

    // Chosen on tuning seeds 303 and 304 (docs/classifier.md, "One person's filings decided alike").
    public double Bar { get; init; } = 0.65;

    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    // For each filing, the filing of its person that makes it suspect (the highest scoring), or null: person[i] holds
    // the positions of filing i's person's other filings within the window.
    public IReadOnlyList<int?> Sources(IReadOnlyList<float> scores, double threshold, IReadOnlyList<IReadOnlyList<int>> person)
    {
        var least = Math.Max(Bar, threshold);
        var sources = new int?[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i] >= threshold)
                continue;
            var best = 0f;
            foreach (var j in person[i])
                if (scores[j] >= least && scores[j] > best)
                {
                    best = scores[j];
                    sources[i] = j;
                }
        }
        return sources;
    }

    // The least score that is suspect at the threshold.
    public static float Raised(double threshold)
    {
        var raised = (float)threshold;
        return raised < threshold ? MathF.BitIncrement(raised) : raised;
    }

    // The scores after the step.
    public float[] Apply(IReadOnlyList<float> scores, double threshold, IReadOnlyList<IReadOnlyList<int>> person)
    {
        var sources = Sources(scores, threshold, person);
        return scores.Select((s, i) => sources[i] is null ? s : Raised(threshold)).ToArray();
    }

    public bool Within(DateTimeOffset first, DateTimeOffset second) => (first - second).Duration() <= Window;

    public string Describe() =>
        $"a filing not suspect on its own is raised to the threshold when a filing of the same person within ±{Window.TotalDays:0} days is suspect with a score of at least {Bar:0.##}";
}
