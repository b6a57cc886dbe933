using Triage.Classifier;
using Triage.Corpus;

namespace Triage.Cli.Training;

// What `train --from-db` trains on and compares on: Data and EvalData, when given, replace the generated corpora.
public sealed record CandidateSettings(
    string? DataDir,
    DirectoryInfo? Data,
    CorpusOptions Generated,
    DirectoryInfo? EvalData,
    CorpusOptions HeldOut,
    TrainerOptions Trainer,
    string Text,
    bool Promote,
    string ReportDirectory);
