namespace Triage.Benchmarks;

// Kind and Group come from labels.jsonl (or the synthetic corpus); Owner names the complainant as ComplainantKey does.
public sealed record CorpusText(Guid Id, string Owner, DateTimeOffset ReceivedAt, string Text, string Kind, string Group);
