using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;

namespace Triage.Testing;

// For tests of the identifier and filing signals alone: no text is similar to any other.
public sealed class NoTextEvidence : ITextEvidenceStore
{
    public Task<TextEvidence> EvidenceAsync(ComplaintFacts complaint, string complainant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null) =>
        Task.FromResult(TextEvidence.None);

    public Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken) => Task.FromResult(TextOverlap.None);
}
