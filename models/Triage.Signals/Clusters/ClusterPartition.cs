namespace Triage.Signals.Clusters;

// Components of two or more complaints, each in the order the complaints were given; Split counts components that were
// too large and were grown again more strictly; RefusedLinks gave way to the size limit when even that did not help.
// Attached: the template links by which complaints joined an outfit's core (CoreAttachment), to keep beside the others.
// Released: groups of several people that only shared text held and their scores did not flag (UnflaggedTextGroups).
public sealed record ClusterPartition(IReadOnlyList<IReadOnlyList<Guid>> Clusters, int RefusedLinks, int Split = 0)
{
    public IReadOnlyList<ClusterLink> Attached { get; init; } = [];

    public int Released { get; init; }

    // TakenApart: groups that a few repeat complainants' own filings held, taken apart into them (RepeatFilersApart).
    public int TakenApart { get; init; }

    // ApartInTime: groups whose linked sets filed in bursts days apart, taken apart into the bursts (TimesApart).
    public int ApartInTime { get; init; }
}
