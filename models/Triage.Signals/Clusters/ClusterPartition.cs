namespace Triage.Signals.Clusters;

// Components of two or more complaints, each in the order the complaints were given; RefusedLinks gave way to the size limit.
public sealed record ClusterPartition(IReadOnlyList<IReadOnlyList<Guid>> Clusters, int RefusedLinks);
