namespace Triage.Contracts;

// A cluster passed the configured size and risk: its members belong with the fraud team.
public record ClusterFlagged(string ClusterId, int Size, double Risk, DateTimeOffset FlaggedAt);
