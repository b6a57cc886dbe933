using Triage.Signals;

namespace Triage.Scoring.Batches;

// A batch's complaints as the signals see them: those still waiting for a score, and those whose sealed data could not
// be opened (they go one by one, so that only they fail).
public sealed record BatchFacts(IReadOnlyList<ComplaintFacts> Waiting, IReadOnlyList<Guid> Unreadable, int Settled);
