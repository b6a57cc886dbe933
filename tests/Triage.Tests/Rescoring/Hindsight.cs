using Triage.Rescoring;

namespace Triage.Tests.Rescoring;

// What the tests of the rescoring's pure steps share: one Monday, numbered complaint ids, and plans built from plain
// arrays of components.
public static class Hindsight
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(8));

    // 00000000-0000-0000-0000-000000000001, …2, and so on: easy to read in a failure.
    public static Guid[] Complaints(int count) => Enumerable.Range(1, count).Select(i => new Guid($"00000000-0000-0000-0000-{i:D12}")).ToArray();

    public static HindsightClusterPlan Plan(IEnumerable<Guid[]> components, IReadOnlySet<Guid> window, IReadOnlyDictionary<Guid, string?> stored,
        IEnumerable<HindsightClusterPlan.StoredCluster> clusters) =>
        HindsightClusterPlan.Build(components.Select(c => (IReadOnlyList<Guid>)c).ToList(), window, stored, clusters.ToDictionary(c => c.Id));
}
