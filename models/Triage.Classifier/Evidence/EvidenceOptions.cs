using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Classifier.Evidence;

public sealed record EvidenceOptions
{
    // The text sub-score's logit is clipped to ±TextClip and weighted by at most MaxTextWeight: its share of any
    // score stays within ±TextClip × MaxTextWeight.
    public double TextClip { get; init; } = 4;
    public double MaxTextWeight { get; init; } = 0.5;
    public int MaxEdges { get; init; } = 8;

    // The person's own counts (filings over 7/30/90 days, channels used) get an edge at each of their MaxEdges / 2
    // smallest values and quantile edges above them; empty: quantile edges only, as every signal had before
    // (EvidenceTrainer).
    public IReadOnlySet<string> SmallCountEdges { get; init; } = new HashSet<string> { ReasonGroups.Filings, ReasonGroups.Channels };
    public double L2 { get; init; } = 1e-3;
    public int Iterations { get; init; } = 600;
    public double LearningRate { get; init; } = 0.05;

    // The lexicon counts (demands, threats, justifications, agency) say which words a text uses, as the text sub-score
    // does: together they add at most MaxLexiconShare logits to any score (null: no bound).
    public double? MaxLexiconShare { get; init; }

    // The share of the fit in which every row's text sub-score is held even (probability ½): 0 fits on the out-of-fold
    // text scores alone; above 0 the behaviour terms must also separate the rows without the text (EvidenceTrainer).
    // Measured across writers in docs/classifier.md ("The text held even"); the shipped model is fitted without it.
    public double NeutralTextShare { get; init; }

    // Signals whose step terms start at a value above zero: below it the signal counts nothing (e.g. a complaint that
    // calls itself the second filing, as honest follow-ups do, is no evidence; the fourth is).
    public IReadOnlyDictionary<string, float> StartsAt { get; init; } = new Dictionary<string, float>();

    // Signals whose step term carries at least Logits from AtLeast on, whatever the fit would give it: evidence that holds
    // across writers and that the training writer's other evidence (its templates) would otherwise leave with a small
    // weight. Five or more other people behind one agent identifier (not an IP, not the complainant's phone, not a named
    // law firm) came with no honest complaint of writers a, b or c on the tuning seed, while the fit on writer a missed
    // ring members of writer b that had them (docs/classifier.md, "The agent's identifiers as a floor"). The fit may give
    // the step more, never less. Likewise five or more people filing behind an outfit's identifier whose texts share rare
    // sentences with a complaint filed alone: the outfit's template in a coached member's hands, which a training writer
    // whose coached members copy the template whole leaves to its near-duplicate count (docs/classifier.md, "Rare content
    // shared with an outfit's filings").
    public IReadOnlyDictionary<string, Floor> Floors { get; init; } = new Dictionary<string, Floor>
    {
        [SignalNames.AgentPeople30d] = new(SignalOptions.FivePeople, 4),
        [SignalNames.RareContentOutfitSharers30d] = new(5, 4),
    };

    public sealed record Floor(float AtLeast, double Logits);

    // Signals under which the text sub-score is held even, in the fit and in the model (EvidenceModel.TextHeldEvenWhere):
    // a named law firm's letter is judged by what people did, not by its legal register (docs/classifier.md, "A named law
    // firm"). Empty: the text counts for every complaint, as in models fitted before 2026-12-05.
    public IReadOnlySet<string> TextHeldEvenWhere { get; init; } = new HashSet<string> { SignalNames.RepresentativeLawFirm };

    // Reason groups or single signals left out of the model (e.g. the lexicon counts, which say which words a text uses).
    // By default the template's separate counts (template_sharers_30d holds them in one) and the writing context (length,
    // fingerprint, hubs): measured across writers in docs/classifier.md ("One template count"), and the refusals, which
    // the person step reads (EvidenceSignals.PersonStepOnly). Empty: every signal, as in models fitted before the eighth
    // session of 2026-12-05.
    public IReadOnlySet<string> Excluded { get; init; } = DefaultExcluded;

    public static readonly IReadOnlySet<string> DefaultExcluded =
        new HashSet<string>(EvidenceSignals.TemplateCounts.Concat(EvidenceSignals.WritingContext).Concat(EvidenceSignals.PersonStepOnly));

    // These options leaving out these groups or signals as well.
    public EvidenceOptions Without(IEnumerable<string> more) => this with { Excluded = new HashSet<string>(Excluded.Concat(more)) };

    public string Describe() =>
        $"monotone additive logistic model (step terms with non-negative weights, at most {MaxEdges} edges a signal; L2 {L2}; " +
        $"{Iterations} Adam steps{(SmallCountEdges.Count > 0 ? $"; an edge at each of the {MaxEdges / 2} smallest counts of {string.Join(", ", SmallCountEdges.Order(StringComparer.Ordinal))}" : "")}); text sub-score clipped to ±{TextClip} logits, weight at most {MaxTextWeight}" +
        (TextHeldEvenWhere.Count > 0 ? $"; no text share where {string.Join(", ", TextHeldEvenWhere.Order(StringComparer.Ordinal))}" : "") +
        (NeutralTextShare > 0 ? $"; the text held even in {Math.Round(NeutralTextShare * 100)} % of the fit" : "") +
        (MaxLexiconShare is { } share ? $"; lexicon counts at most {share} logits together" : "") +
        (Excluded.Count == 0 ? "" : $"; without {string.Join(", ", Excluded.Order(StringComparer.Ordinal))}") +
        string.Concat(StartsAt.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"; {s.Key} counts from {s.Value}")) +
        string.Concat(Floors.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"; at least {f.Value.Logits} logits where {f.Key} ≥ {f.Value.AtLeast}"));
}
