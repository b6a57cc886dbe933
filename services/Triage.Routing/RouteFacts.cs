namespace Triage.Routing;

// What a routing decision rests on: the complaint's own score, the state of its cluster, if any, and an analyst's
// verdict on this complaint itself (true: suspect, false: honest), if one was given.
public sealed record RouteFacts(double Score, bool Suspect, string? ModelVersion, ClusterState? Cluster, string? DeskCategory, bool? AnalystVerdict = null);
