using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Triage.Classifier;
using Triage.Classifier.Evaluation;
using Triage.Classifier.Promotion;
using Triage.Cli.Hosting;
using Triage.Scoring;
using Triage.Scoring.Registry;

namespace Triage.Cli.Training;

// The retraining loop: a candidate trained on generated plus verdict-labelled complaints, scored with the active model
// on exactly the same held-out rows (a generated corpus from a seed never used for training, plus the verdict-labelled
// complaints whose clusters hash to the test split), registered as a candidate or refused by the promotion rule, and
// promoted with --promote only when it wins.
public static class TrainFromDatabase
{
    public const int Refused = 3;

    public static async Task<int> RunAsync(CandidateSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var host = ConfiguredHost.Build(settings.DataDir);
        var services = host.Services;
        if (await ConfiguredHost.OpenAsync(services, cancellationToken) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }
        var active = await services.GetRequiredService<ModelProvider>().GetAsync(cancellationToken);
        var verdicts = await VerdictCorpus.ReadAsync(services, cancellationToken);
        var labelsTime = clock.Elapsed;
        var generated = settings.Data is { } data ? await LabelledCorpus.ReadAsync(data, cancellationToken) : await GeneratedCorpus.ReadAsync(settings.Generated, cancellationToken);
        var evaluation = settings.EvalData is { } eval ? await LabelledCorpus.ReadAsync(eval, cancellationToken) : await GeneratedCorpus.ReadAsync(settings.HeldOut, cancellationToken);

        // The generated corpus needs no test split of its own: the held-out corpus comes from another seed.
        var seed = settings.Trainer.Seed;
        var (g, v) = (GroupSplit.Apply(generated, seed), GroupSplit.Apply(verdicts, seed));
        var train = g[Split.Train].Concat(g[Split.Test]).Concat(v[Split.Train]).ToList();
        var validation = g[Split.Validation].Concat(v[Split.Validation]).ToList();
        var heldOut = evaluation.Concat(v[Split.Test]).ToList();
        var trainingData = $"{Describe(settings.Data?.Name, settings.Generated, generated)} and {verdicts.Count:N0} verdict-labelled complaints " +
                           $"({v[Split.Train].Count():N0} train, {v[Split.Validation].Count():N0} validation, {v[Split.Test].Count():N0} held out)";
        var heldOutData = $"{Describe(settings.EvalData?.Name, settings.HeldOut, evaluation)} and the {v[Split.Test].Count():N0} held-out verdict-labelled complaints";
        Console.Error.WriteLine($"training on {train.Count:N0} rows, validating on {validation.Count:N0}, comparing on {heldOut.Count:N0} held-out rows");

        var text = settings.Text switch { "char" => TextFeatures.CharNgrams, "jieba" => TextFeatures.JiebaWords, _ => active.Metadata.TextFeatures };
        // A candidate of the active model's kind: evidence terms over a text sub-score, or the older LightGBM on both.
        var features = active.Metadata.Features == FeatureSet.EvidenceAndText ? FeatureSet.EvidenceAndText : FeatureSet.TextAndSignals;
        var candidate = new ModelTrainer(settings.Trainer).Train(train, validation, features, text, message => Console.Error.WriteLine(message));
        var inputs = heldOut.Select(r => r.Input).ToList();
        var candidateResult = new ScorerResult("candidate", $"{features}, trained on generated and verdict-labelled complaints", heldOut,
            candidate.Score(inputs), candidate.Threshold);
        var activeResult = new ScorerResult("active model", $"{active.Metadata.Version}, the model active when the candidate was trained", heldOut,
            active.ScoreBatch(inputs), active.Metadata.Threshold);

        var folder = Directory.CreateTempSubdirectory("triage-candidate-");
        try
        {
            var path = Path.Combine(folder.FullName, "candidate.zip");
            var metadata = candidate.Save(path, trainingData, heldOut.Count, candidateResult.Metrics, services.GetRequiredService<TimeProvider>().GetUtcNow());
            var comparison = PromotionRule.Compare(metadata.Version, candidateResult, active.Metadata.Version, activeResult, heldOutData);
            var report = new EvaluationReport($"Candidate {metadata.Version} against the active model {active.Metadata.Version}", heldOutData, metadata,
                [candidateResult, activeResult, TrainingRun.Keywords(heldOut)], [],
                [new NamedCalibration("candidate's trainer calibration (validation)", candidate.TrainerCalibration)],
                [
                    $"Promotion rule: {PromotionRule.Description}.",
                    $"Verdict: {comparison.Verdict}.",
                    $"Training data: {trainingData}.",
                    $"Trainer: {metadata.Trainer}; text features: {metadata.TextFeaturizer}.",
                    $"Reading the verdict labels and their signals took {labelsTime.TotalSeconds:N0} s; training the candidate {candidate.TrainingTime.TotalSeconds:N0} s; the whole command {clock.Elapsed.TotalSeconds:N0} s.",
                ]);
            var files = ReportFiles.Write(report, settings.ReportDirectory, $"candidate-{metadata.Version}");
            var registry = services.GetRequiredService<ModelRegistry>();
            await registry.RegisterAsync(new NewModel(metadata.Version, metadata.TrainedAt, await File.ReadAllBytesAsync(path, cancellationToken),
                ModelFiles.SerializeMetadata(metadata), comparison.CandidateWins ? ModelStatus.Candidate : ModelStatus.Refused, "train --from-db",
                $"cli:{Environment.UserName}", JsonSerializer.Serialize(comparison, ModelFiles.Json), ReportJson.Write(report)), cancellationToken);
            Console.WriteLine(File.ReadAllText(files.Markdown));
            Console.Error.WriteLine($"candidate {metadata.Version} registered as {(comparison.CandidateWins ? ModelStatus.Candidate : ModelStatus.Refused)}: {comparison.Verdict}");
            Console.Error.WriteLine($"wrote {files.Markdown} and {files.Json} in {clock.Elapsed.TotalSeconds:N0} s");
            if (!settings.Promote)
                return 0;
            if (!comparison.CandidateWins)
            {
                Console.Error.WriteLine($"Not promoted: candidate {metadata.Version} did not beat the active model {active.Metadata.Version}; {active.Metadata.Version} stays active.");
                return Refused;
            }
            var outcome = await registry.PromoteAsync(metadata.Version, $"cli:{Environment.UserName}", force: false, note: null, cancellationToken);
            if (outcome.Problem is { } conflict)
            {
                Console.Error.WriteLine($"Not promoted: {conflict}");
                return Refused;
            }
            Console.Error.WriteLine($"promoted {metadata.Version} (was {outcome.Previous}); running services follow within their poll interval");
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Describe(string? directory, Triage.Corpus.CorpusOptions generated, IReadOnlyList<LabelledRow> rows) =>
        (directory is null ? $"generate --seed {generated.Seed} --complaints {generated.Complaints}" : directory) + $" ({rows.Count:N0} complaints, {rows.Count(r => r.Suspect):N0} suspect)";
}
