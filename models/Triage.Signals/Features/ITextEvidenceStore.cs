using Triage.Signals.Text;

namespace Triage.Signals.Features;

public interface ITextEvidenceStore
{
    Task<TextEvidence> EvidenceAsync(ComplaintFacts complaint, string complainant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null);

    Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken);
}
