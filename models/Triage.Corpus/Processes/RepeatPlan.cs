namespace Triage.Corpus.Processes;

public sealed record RepeatPlan(int Index, int StartDay, int Filings);
