namespace Triage.Corpus.Processes;

public sealed record Agent(string Name, string Phone);
