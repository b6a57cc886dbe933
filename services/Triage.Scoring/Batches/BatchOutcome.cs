namespace Triage.Scoring.Batches;

// What a batch did: complaints scored, complaints found scored already, and those left to score one by one.
public sealed record BatchOutcome(int Scored, int Settled, IReadOnlyList<Guid> OneByOne);
