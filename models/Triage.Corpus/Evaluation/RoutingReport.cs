using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triage.Corpus.Evaluation;

public sealed record RoutingReport(
    int Complaints,
    int Unlabelled,
    IReadOnlyList<KindShare> SuspectByKind,
    IReadOnlyList<KindShare> HonestByKind,
    int Clusters,
    IReadOnlyList<RingCoverage> Rings,
    double AdjustedRandIndex,
    PairLosses PairLosses,
    int RingClusters,
    int RingClusterMembers,
    int HonestInRingClusters,
    int ClustersWithSeveralRings,
    int NotRouted,
    IReadOnlyList<string> NotRoutedSample)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int Suspect => SuspectByKind.Sum(k => k.Complaints);

    public int Honest => HonestByKind.Sum(k => k.Complaints);

    public double? SuspectToFraudReview => Share(SuspectByKind.Sum(k => k.Hits), Suspect);

    public double? HonestToHandling => Share(HonestByKind.Sum(k => k.Hits), Honest);

    public int RingsFound => Rings.Count(r => r.Share >= RoutingGoals.RingInOneCluster);

    public double? RingsFoundShare => Share(RingsFound, Rings.Count);

    public double? HonestShareOfRingClusters => Share(HonestInRingClusters, RingClusterMembers);

    public IReadOnlyList<RoutingCheck> Checks => RoutingChecks.Of(this);

    public bool Passed => Checks.All(c => c.Passed != false);

    public string ToMarkdown() => RoutingMarkdown.Write(this);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
