namespace Triage.Tests.Infrastructure;

public sealed record ClusterQueue(string Name, string Type, bool Durable, int LeaderNode, long Messages);
