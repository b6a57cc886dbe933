namespace Triage.Contracts;

// A cluster changed in the nightly hindsight recomputation: complaints joined or left it, or its flag was raised or
// lowered. Size 0 means it was dissolved (MergedInto set when its members went to one other cluster).
public record ClusterUpdated(
    string ClusterId, int Size, double Risk, bool Suspect, bool WasSuspect,
    IReadOnlyList<Guid> Joined, IReadOnlyList<Guid> Left, string? MergedInto, Guid RunId, DateTimeOffset UpdatedAt);
