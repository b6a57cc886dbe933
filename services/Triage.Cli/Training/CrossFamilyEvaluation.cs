using System.Globalization;
using System.Text;
using System.Text.Json;
using Triage.Classifier;
using Triage.Classifier.Evaluation;
using Triage.Classifier.Evidence;
using Triage.Signals.Features;
using Triage.Signals.Reasons;
using Triage.Corpus;
using Triage.Corpus.Writers;

namespace Triage.Cli.Training;

// Detection judged on text the model was not built on: trained on one writer family, tested on the other (and on its
// own, for comparison), with the text-only model, the unconstrained LightGBM and the rules baseline on the same rows.
public sealed class CrossFamilyEvaluation(TrainerOptions options, int complaints, int trainSeed, IReadOnlyList<int> testSeeds, bool surfaceNoise,
    IReadOnlyList<(string Name, EvidenceOptions Options)>? variants = null, IReadOnlyList<(string Train, string Test)>? pairs = null, PersonStep? person = null)
{
    private readonly PersonStep step = person ?? PersonStep.Default;

    public static readonly IReadOnlyList<(string Train, string Test)> BothWays = [(WriterChoice.A, WriterChoice.B), (WriterChoice.B, WriterChoice.A)];

    // The choices compared by --ablation, each on the same text model and out-of-fold scores.
    public static IReadOnlyList<(string Name, EvidenceOptions Options)> Ablation(EvidenceOptions shipped, IReadOnlyCollection<string>? only = null) =>
        Variants(shipped).Where((v, i) => i == 0 || only is not { Count: > 0 } || only.Any(o => v.Name.Contains(o, StringComparison.Ordinal))).ToList();

    private static IReadOnlyList<(string Name, EvidenceOptions Options)> Variants(EvidenceOptions shipped) =>
    [
        ("model", shipped),
        ("every template count and the writing context", shipped with { Excluded = new HashSet<string>(shipped.Excluded.Except(EvidenceSignals.TemplateCounts).Except(EvidenceSignals.WritingContext)) }),
        ("every template count, no writing context", shipped with { Excluded = new HashSet<string>(shipped.Excluded.Except(EvidenceSignals.TemplateCounts)) }),
        ("one template count, with the writing context", shipped with { Excluded = new HashSet<string>(shipped.Excluded.Except(EvidenceSignals.WritingContext)) }),
        ("no agent floor", WithFloor(shipped, SignalNames.AgentPeople30d, null)),
        ("agent floor of 2 logits", WithFloor(shipped, SignalNames.AgentPeople30d, new(SignalOptions.FivePeople, 2))),
        ("agent floor of 6 logits", WithFloor(shipped, SignalNames.AgentPeople30d, new(SignalOptions.FivePeople, 6))),
        ("agent floor from 3 people", WithFloor(shipped, SignalNames.AgentPeople30d, new(3, 4))),
        ("no outfit sharers", shipped.Without([SignalNames.RareContentOutfitSharers30d])),
        ("no outfit-sharer floor", WithFloor(shipped, SignalNames.RareContentOutfitSharers30d, null)),
        ("outfit-sharer floor from 2", WithFloor(shipped, SignalNames.RareContentOutfitSharers30d, new(2, 4))),
        ("outfit-sharer floor from 3", WithFloor(shipped, SignalNames.RareContentOutfitSharers30d, new(3, 4))),
        ("no burst", shipped.Without([SignalNames.BurstSize])),
        ("one agent count", shipped.Without(EvidenceSignals.AgentCounts)),
        ("no free context terms", shipped.Without(EvidenceSignals.FreeSignals)),
        ("quantile edges only", shipped with { SmallCountEdges = new HashSet<string>() }),
        ("text counted for named law firms", shipped with { TextHeldEvenWhere = new HashSet<string>() }),
        ("text held even in 1/2 of the fit", shipped with { NeutralTextShare = 0.5 }),
        ("text held even in 3/4 of the fit", shipped with { NeutralTextShare = 0.75 }),
        ("text ≤ 1", shipped with { MaxTextWeight = 1 }),
        ("text ≤ 0.25", shipped with { MaxTextWeight = 0.25 }),
        ("no text", shipped with { MaxTextWeight = 0 }),
        ("no claimed ordinal", shipped.Without([ReasonGroups.Escalation])),
        ("claimed ordinal from the 4th", shipped with { StartsAt = new Dictionary<string, float> { [SignalNames.ClaimedFilingOrdinal] = 4 } }),
        ("no lexicons", shipped.Without(EvidenceSignals.Lexicons)),
        ("no lexicons, text ≤ 0.25", shipped.Without(EvidenceSignals.Lexicons) with { MaxTextWeight = 0.25 }),
        ("no lexicons, no text", shipped.Without(EvidenceSignals.Lexicons) with { MaxTextWeight = 0 }),
        ("lexicons ≤ 1", shipped with { MaxLexiconShare = 1 }),
        ("lexicons ≤ 2", shipped with { MaxLexiconShare = 2 }),
        ("lexicons ≤ 2, text ≤ 0.25", shipped with { MaxLexiconShare = 2, MaxTextWeight = 0.25 }),
    ];

    // The shipped floors with this signal's floor changed, or without one (null); the other floors as they are.
    private static EvidenceOptions WithFloor(EvidenceOptions shipped, string signal, EvidenceOptions.Floor? floor)
    {
        var floors = shipped.Floors.Where(f => f.Key != signal).ToDictionary();
        if (floor is not null)
            floors[signal] = floor;
        return shipped with { Floors = floors };
    }

    private readonly IReadOnlyList<(string Name, EvidenceOptions Options)> variants = variants ?? [("model", options.Evidence)];
    private readonly Dictionary<(string, int), IReadOnlyList<LabelledRow>> corpora = [];

    public static readonly (string Name, string Metric)[] Headline =
    [
        ("AP", "averagePrecision"), ("R@95P", "recallAt95Precision"), ("ring", "recall.ring"), ("coached", "recall.coached"),
        ("repeat", "recall.repeat"), ("honest FPR", "falsePositiveRate"), ("incident FPR", "falsePositiveRate.incident"),
        ("follow-up FPR", "falsePositiveRate.follow-up"),
    ];

    public sealed record Cell(string Train, string Test, int Seed, IReadOnlyList<ScorerResult> Scorers);

    public async Task<IReadOnlyList<Cell>> RunAsync(CancellationToken cancellationToken)
    {
        var cells = new List<Cell>();
        foreach (var (train, test) in pairs ?? BothWays)
        {
            Console.Error.WriteLine($"training on family {train} (seed {trainSeed}, {complaints:N0} complaints)");
            var rows = await GeneratedCorpus.ReadAsync(new CorpusOptions { Seed = trainSeed, Complaints = complaints, Writer = train, SurfaceNoise = surfaceNoise }, cancellationToken);
            var trainer = new ModelTrainer(options);
            var log = (string m) => Console.Error.WriteLine(m);
            var split = GroupSplit.Apply(rows, options.Seed);
            var (trainRows, validation) = (split[Split.Train].ToList(), split[Split.Validation].ToList());
            var textOnly = trainer.Train(trainRows, validation, FeatureSet.TextOnly, TextFeatures.CharNgrams, log);
            var outOfFold = trainer.OutOfFold(trainRows, TextFeatures.CharNgrams, log);
            var models = variants.Select(v => (v.Name, Model: trainer.AddEvidence(textOnly, trainRows, validation, outOfFold, v.Options, log))).ToList();
            var unconstrained = trainer.Train(trainRows, validation, FeatureSet.TextAndSignals, TextFeatures.CharNgrams, log);
            var own = train == WriterChoice.Mixed ? [] : new[] { (train, testSeeds[0]) };
            foreach (var (family, seed) in own.Concat(testSeeds.Select(s => (test, s))))
            {
                Console.Error.WriteLine($"testing on family {family} (seed {seed})");
                if (!corpora.TryGetValue((family, seed), out var testRows))
                    corpora[(family, seed)] = testRows = await GeneratedCorpus.ReadAsync(new CorpusOptions { Seed = seed, Complaints = complaints, Writer = family }, cancellationToken);
                var inputs = testRows.Select(r => r.Input).ToList();
                var persons = LabelledRow.PersonPositions(testRows);
                var evidence = PersonEvidence.Of(inputs);
                var scored = models.Select(m => (m.Name, m.Model, Scores: m.Model.Score(inputs))).ToList();
                cells.Add(new Cell(train, family, seed,
                [
                    .. scored.Select(m => new ScorerResult(m.Name, m.Model.TrainerDescription ?? "", testRows, step.Apply(m.Scores, m.Model.Threshold, persons, evidence), m.Model.Threshold)),
                    new ScorerResult($"{scored[0].Name}, filings decided alone", "without the person step", testRows, scored[0].Scores, scored[0].Model.Threshold),
                    new ScorerResult("unconstrained model", "LightGBM on text n-grams and signals together", testRows, unconstrained.Score(inputs), unconstrained.Threshold),
                    new ScorerResult("text-only model", "LightGBM on skeleton n-grams alone", testRows, textOnly.Score(inputs), textOnly.Threshold),
                    RulesBaseline.Evaluate(testRows),
                ]));
            }
        }
        return cells;
    }

    public string Markdown(IReadOnlyList<Cell> cells)
    {
        var md = new StringBuilder();
        md.AppendLine("# Cross-family evaluation").AppendLine();
        md.AppendLine($"Trained on one writer family or on both mixed (seed {trainSeed}, {complaints:N0} complaints, 70 % of the groups), tested on every complaint of the " +
                      $"other family's corpora (seeds {string.Join(", ", testSeeds)}) and, for comparison, of its own family (seed {testSeeds[0]}). " +
                      $"Each scorer at its own threshold: the lowest at which its flags reach {options.PrecisionTarget:P1} precision{(options.FalsePositiveTarget is { } fpr ? $" and flag at most {fpr * 100:0.###} % of the honest complaints" : "")} on the training family's validation split." +
                      (surfaceNoise ? " The training corpora carry per-person surface noise (`generate --surface-noise`); the test corpora do not." : "")).AppendLine();
        md.AppendLine($"- every evidence model in hindsight, as `triage score` and the nightly rescoring decide: {step.Describe()}; \"filings decided alone\": the same model without that step");
        md.AppendLine("- unconstrained model: LightGBM on text n-grams and signals together (the model shipped before); text-only model: LightGBM on skeleton n-grams alone (the text sub-score)");
        foreach (var (name, settings) in variants)
            md.AppendLine($"- {name}: {settings.Describe()}");
        md.AppendLine($"- rules baseline: {RulesBaseline.Describe()}").AppendLine();
        md.AppendLine("| train → test (seed) | scorer | " + string.Join(" | ", Headline.Select(h => h.Name)) + " |");
        md.AppendLine("| --- | --- | " + string.Join(" | ", Headline.Select(_ => "---:")) + " |");
        foreach (var cell in cells)
            foreach (var scorer in cell.Scorers)
                md.AppendLine($"| {cell.Train} → {cell.Test} ({cell.Seed}) | {scorer.Name} | " +
                              string.Join(" | ", Headline.Select(h => Format(h.Metric, scorer.Metrics.GetValueOrDefault(h.Metric, double.NaN)))) + " |");
        md.AppendLine().AppendLine("## Per kind (share flagged: recall of a suspect kind, false positives of an honest kind)").AppendLine();
        var kinds = cells[0].Scorers[0].Kinds.Select(k => k.Kind).ToList();
        md.AppendLine("| train → test (seed) | scorer | " + string.Join(" | ", kinds) + " |");
        md.AppendLine("| --- | --- | " + string.Join(" | ", kinds.Select(_ => "---:")) + " |");
        foreach (var cell in cells)
            foreach (var scorer in cell.Scorers)
                md.AppendLine($"| {cell.Train} → {cell.Test} ({cell.Seed}) | {scorer.Name} | " +
                              string.Join(" | ", kinds.Select(k => scorer.Kinds.FirstOrDefault(x => x.Kind == k) is { } r ? $"{r.FlaggedShare:P2}" : "–")) + " |");
        return md.ToString();
    }

    public static string Json(IReadOnlyList<Cell> cells) => JsonSerializer.Serialize(cells.Select(c => new
    {
        train = c.Train, test = c.Test, seed = c.Seed,
        scorers = c.Scorers.Select(s => new { name = s.Name, metrics = s.Metrics.Where(m => !double.IsNaN(m.Value)).ToDictionary() }),
    }), new JsonSerializerOptions { WriteIndented = true });

    private static string Format(string metric, double value) =>
        double.IsNaN(value) ? "–" : metric.StartsWith("recall.", StringComparison.Ordinal) || metric.StartsWith("falsePositiveRate", StringComparison.Ordinal)
            ? value.ToString("P2", CultureInfo.InvariantCulture)
            : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
