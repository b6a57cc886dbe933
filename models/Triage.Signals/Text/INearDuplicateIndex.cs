namespace Triage.Signals.Text;

public interface INearDuplicateIndex
{
    // Adding a complaint id that is already there changes nothing.
    Task AddAsync(IReadOnlyCollection<IndexedComplaint> complaints, CancellationToken cancellationToken = default);

    // Neighbours whose estimated Jaccard reaches the threshold, most similar first, then the most recent.
    Task<IReadOnlyList<NearDuplicate>> QueryAsync(NearDuplicateQuery query, CancellationToken cancellationToken = default);

    // Estimated Jaccard and containment of two indexed complaints; none when either is not indexed.
    Task<TextOverlap> OverlapAsync(Guid first, Guid second, CancellationToken cancellationToken = default);
}
