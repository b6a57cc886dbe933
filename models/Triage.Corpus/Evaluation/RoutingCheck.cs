namespace Triage.Corpus.Evaluation;

// Passed is null when the corpus holds nothing the figure is about.
public sealed record RoutingCheck(string Figure, string Value, string Goal, bool? Passed);
