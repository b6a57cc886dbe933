using Triage.Signals.Links;
using Triage.Signals.Text;

namespace Triage.Signals.Features;

// What the signals ask of the world around a complaint: the store in the services, an in-memory corpus in the CLI.
public interface ISignalContext
{
    Task<int> DistinctComplainantsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int cap, CancellationToken cancellationToken);

    // Other complaints that share one of these personal identifiers (ID number, customer id, phone, email) of this one.
    Task<IReadOnlyList<Filing>> FilingsAsync(ComplaintFacts complaint, IReadOnlyList<Identifier> identifiers, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken);

    // The personal identifiers (ID number, customer id, phone, email) these complaints carry.
    Task<IReadOnlyList<Identifier>> PersonalIdentifiersAsync(IReadOnlyList<Guid> complaintIds, CancellationToken cancellationToken);

    // The complaints seen with an identifier, for linking them into clusters; at most limit, the earliest first.
    Task<IReadOnlyList<IdentifierSighting>> SightingsAsync(Identifier identifier, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);

    Task<TextEvidence> TextEvidenceAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken,
        double? minSimilarity = null);

    // What the skeletons of two stored complaints share (TextOverlap), none when either has no fingerprint.
    Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken);

    // Other complainants whose texts, filed between from and to, share rare content with this one weighing at least
    // minShared (ShingleRarity.Sharers), and how many people share at least minSharedBehind with a text of theirs behind an
    // outfit's identifier. Known only in hindsight, where the whole corpus gives the rarities: none elsewhere.
    Task<RareSharing> RareContentSharersAsync(ComplaintFacts complaint, DateTimeOffset from, DateTimeOffset to, double minShared, double minSharedBehind,
        CancellationToken cancellationToken) => Task.FromResult(RareSharing.None);
}
