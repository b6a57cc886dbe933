namespace Triage.Routing;

// What a routing decision rests on: the complaint's own score and the state of its cluster, if any.
public sealed record RouteFacts(double Score, bool Suspect, string? ModelVersion, ClusterState? Cluster, string? DeskCategory);
