using Triage.Signals.Features;

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
//
// A second way, for the professional repeat complainant whose filings are each freshly written and none of which the
// model is sure of (docs/classifier.md, "A person's filings pooled"): a filing not suspect on its own is raised to the
// threshold when its person filed at least PooledFilings times within 30 days, their filings within the window name at
// least PooledTerms waiver demands and threats together, and another of them is suspect with a score of at least
// PooledBar. Each alone proves nothing (honest people follow up; honest people ask for a waiver or name the
// regulator); the three together are the behaviour the domain describes. Also one step from each filing's own score,
// and monotone: one more filing, one more term or a higher score never lowers a score.
//
// A third way, for the repeat complainant none of whose filings the model is sure of at all (docs/classifier.md, "A
// person who refuses every offer"): a filing not suspect on its own is raised to the threshold when its person filed at
// least PooledFilings times within 30 days and RefusingFilings of those filings (this one or others) state a
// non-negotiable demand (Lexicons.Refusals: no offer whatever, until they give in). domain.md's "escalating,
// non-negotiable demands": an honest person follows up twice or three times about one unsolved problem, and may reject
// one offer, but does not refuse every offer in advance. Needs no score, so the model's words for one writer's repeat
// complainants do not decide it; monotone too: one more filing or one more refusal never lowers a score.
//
// Beside the person, the outfit (docs/classifier.md, "A coached member by their outfit's sentences"): a filing not
// suspect on its own is raised to the threshold when it shares rare sentences with at least OutfitSharers other people
// whose templated texts are filed behind an agent identifier that five or more people stand behind
// (rare_content_outfit_sharers_30d, hindsight only). domain.md's coached member, who files alone in their own name but
// keeps the outfit's sentences: the model's words for one writer's outfits do not decide it, the outfit behind the
// sentences does. Needs no score either, and monotone: one more sharer never lowers a score.
public sealed record PersonStep
{
    public static readonly PersonStep Default = new();

    // Chosen on tuning seeds 303 and 304 (docs/classifier.md, "One person's filings decided alike").
    public double Bar { get; init; } = 0.65;

    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    // Chosen on tuning seeds 303 and 505 of writers a, b and c (docs/classifier.md, "A person's filings pooled"); 0 turns
    // the pooled way off.
    public int PooledTerms { get; init; } = 2;

    // The person's filings within 30 days, this one included (copies of one complaint through several channels once).
    public int PooledFilings { get; init; } = 3;

    // The other filing's least score for the pooled way (never below the threshold).
    public double PooledBar { get; init; } = 0.4;

    // The person's filings within the window (this one included) that must refuse every offer for the refusing way; 0
    // turns it off. Chosen on tuning seeds 303 and 505 of writers a, b and c, each scored by a model of another writer
    // (docs/classifier.md, "A person who refuses every offer").
    public int RefusingFilings { get; init; } = 1;

    // The least number of an outfit's people a filing shares rare sentences with for the outfit way; 0 turns it off.
    // Chosen on tuning seeds 303 and 505 of writers a, b and c (docs/classifier.md, "A coached member by their outfit's
    // sentences"): no honest complaint there shares with more than 12.
    public int OutfitSharers { get; init; } = 15;

    // For each filing, the filing of its person that makes it suspect (the highest scoring), or null: person[i] holds
    // the positions of filing i's person's other filings within the window; evidence[i], when given, what filing i says
    // of its person for the pooled way (none: the bar alone).
    public IReadOnlyList<int?> Sources(IReadOnlyList<float> scores, double threshold, IReadOnlyList<IReadOnlyList<int>> person,
        IReadOnlyList<PersonEvidence>? evidence = null)
    {
        var least = Math.Max(Bar, threshold);
        var sources = new int?[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i] >= threshold)
                continue;
            sources[i] = Highest(scores, person[i], least);
            if (sources[i] is null && evidence is not null && Pooled(i, person, evidence))
                sources[i] = Highest(scores, person[i], Math.Max(PooledBar, threshold));
        }
        return sources;
    }

    // Whether filing i's person passes the refusing way: PooledFilings filings within 30 days, RefusingFilings of which
    // (this one or the others within the window) refuse every offer.
    public bool Refusing(int i, IReadOnlyList<IReadOnlyList<int>> person, IReadOnlyList<PersonEvidence> evidence) =>
        RefusingFilings > 0 && evidence[i].Filings >= PooledFilings && RefusingOf(i, person, evidence) >= RefusingFilings;

    // Of filing i and its person's other filings within the window, those that state a non-negotiable demand.
    public static int RefusingOf(int i, IReadOnlyList<IReadOnlyList<int>> person, IReadOnlyList<PersonEvidence> evidence) =>
        (evidence[i].Refusals > 0 ? 1 : 0) + person[i].Count(j => evidence[j].Refusals > 0);

    // Whether filing i passes the outfit way: it shares rare sentences with OutfitSharers of an outfit's people.
    public bool Outfit(int i, IReadOnlyList<PersonEvidence> evidence) => OutfitSharers > 0 && evidence[i].OutfitSharers >= OutfitSharers;

    // The ways that raise a filing with no filing of its person suspect enough (Sources null).
    public enum Way { Refusals, Outfit }

    // Which of them raises filing i, not suspect on its own (its person's refusals before its outfit), or null: neither.
    public Way? Alone(int i, float score, double threshold, IReadOnlyList<IReadOnlyList<int>> person, IReadOnlyList<PersonEvidence>? evidence) =>
        score >= threshold || evidence is null ? null
        : Refusing(i, person, evidence) ? Way.Refusals
        : Outfit(i, evidence) ? Way.Outfit
        : null;

    // Whether filing i's person passes the pooled way's marks on filings and terms (which other filing is suspect enough
    // is Sources' question).
    public bool Pooled(int i, IReadOnlyList<IReadOnlyList<int>> person, IReadOnlyList<PersonEvidence> evidence) =>
        PooledTerms > 0 && evidence[i].Filings >= PooledFilings && PooledTermsOf(i, person, evidence) >= PooledTerms;

    // The demand and threat terms of filing i and its person's other filings within the window.
    public static int PooledTermsOf(int i, IReadOnlyList<IReadOnlyList<int>> person, IReadOnlyList<PersonEvidence> evidence) =>
        evidence[i].Terms + person[i].Sum(j => evidence[j].Terms);

    private static int? Highest(IReadOnlyList<float> scores, IReadOnlyList<int> others, double least)
    {
        int? source = null;
        var best = 0f;
        foreach (var j in others)
            if (scores[j] >= least && scores[j] > best)
            {
                best = scores[j];
                source = j;
            }
        return source;
    }

    // The least score that is suspect at the threshold.
    public static float Raised(double threshold)
    {
        var raised = (float)threshold;
        return raised < threshold ? MathF.BitIncrement(raised) : raised;
    }

    // The scores after the step: raised by another filing (Sources), else by the person's refusals (Refusing), else by
    // the outfit whose sentences the filing keeps (Outfit).
    public float[] Apply(IReadOnlyList<float> scores, double threshold, IReadOnlyList<IReadOnlyList<int>> person,
        IReadOnlyList<PersonEvidence>? evidence = null)
    {
        var sources = Sources(scores, threshold, person, evidence);
        return scores.Select((s, i) => sources[i] is not null || Alone(i, s, threshold, person, evidence) is not null ? Raised(threshold) : s).ToArray();
    }

    public bool Within(DateTimeOffset first, DateTimeOffset second) => (first - second).Duration() <= Window;

    public string Describe() =>
        $"a filing not suspect on its own is raised to the threshold when a filing of the same person within ±{Window.TotalDays:0} days is suspect with a score of at least {Bar:0.##}"
        + (PooledTerms > 0
            ? $", or is suspect with a score of at least {PooledBar:0.##} while the person filed at least {PooledFilings} times within 30 days and those filings name at least {PooledTerms} waiver demands and threats together"
            : "")
        + (RefusingFilings > 0
            ? $", or the person filed at least {PooledFilings} times within 30 days and {(RefusingFilings == 1 ? "one of those filings refuses" : $"{RefusingFilings} of those filings refuse")} every offer"
            : "")
        + (OutfitSharers > 0
            ? $", or the filing shares rare sentences with at least {OutfitSharers} people whose texts are filed behind an agent identifier five or more people stand behind"
            : "");
}

// What one filing says of its person for the person step's pooled and refusing ways: the person's filings within 30
// days, this one included (in hindsight the most in any 30 days, the same for each of their filings), this filing's own
// waiver demands and threats, and its kinds of non-negotiable demand (the lexicons' counts); and of its outfit for the
// outfit way: the outfit's people it shares rare sentences with (rare_content_outfit_sharers_30d).
public readonly record struct PersonEvidence(int Filings, int Terms, int Refusals = 0, int OutfitSharers = 0)
{
    private static readonly int FilingsAt = SignalNames.IndexOf(SignalNames.Filings30d);
    private static readonly int DemandsAt = SignalNames.IndexOf(SignalNames.DemandTerms);
    private static readonly int ThreatsAt = SignalNames.IndexOf(SignalNames.ThreatTerms);
    private static readonly int RefusalsAt = SignalNames.IndexOf(SignalNames.RefusalTerms);
    private static readonly int OutfitAt = SignalNames.IndexOf(SignalNames.RareContentOutfitSharers30d);

    // From a signal vector in SignalNames.All's order (ClassifierInput.Signals, SignalVector.ToArray()).
    public static PersonEvidence Of(IReadOnlyList<float> signals) =>
        new((int)signals[FilingsAt] + 1, (int)(signals[DemandsAt] + signals[ThreatsAt]), (int)signals[RefusalsAt], (int)signals[OutfitAt]);

    public static IReadOnlyList<PersonEvidence> Of(IEnumerable<ClassifierInput> inputs) => inputs.Select(i => Of(i.Signals)).ToList();
}
