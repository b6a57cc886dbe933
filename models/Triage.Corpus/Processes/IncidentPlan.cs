namespace Triage.Corpus.Processes;

public sealed record IncidentPlan(int Index, int Day, int Size);
