namespace Triage.Corpus.Processes;

public sealed record RingPlan(int Index, int StartDay, int Members, int Filings);
