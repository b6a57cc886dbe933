namespace Triage.Corpus.Evaluation;

public sealed record Outcome(string? ClusterId, string? Route);
