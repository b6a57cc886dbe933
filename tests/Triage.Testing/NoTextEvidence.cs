using Triage.Signals;
using Triage.Signals.Features;

namespace Triage.Testing;

// For tests of the identifier and filing signals alone: no text is similar to any other.
public sealed class NoTextEvidence : ITextEvidenceStore
{
    public Task<TextEvidence> EvidenceAsync(ComplaintFacts complaint, string complainant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null) =>
        Task.FromResult(TextEvidence.None);

    public Task<double> SimilarityAsync(Guid first, Guid second, CancellationToken cancellationToken) => Task.FromResult(0.0);
}
