using Triage.Complaints;

namespace Triage.Tests.Review;

// The label that counts for a complaint, for retraining (VerdictCorpus) and for the nightly person step alike.
public class When_analyst_labels_are_ranked
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    [Test]
    public void Should_let_the_complaints_own_latest_verdict_win_over_any_cluster_verdict()
    {
        (Guid Complaint, string Source, bool Suspect)[] decided =
        [
            (A, "complaint", true), (A, "cluster", false),
            (B, "cluster", true), (B, "cluster", false),
            (C, "complaint", false), (C, "cluster", true), (C, "complaint", true),
        ];

        var counting = AnalystLabels.Counting(decided, l => l.Complaint, l => l.Source);

        Assert.That(counting[A].Suspect, Is.True, "a later cluster dismissal does not undo the complaint's own verdict");
        Assert.That(counting[B].Suspect, Is.False, "of cluster verdicts alone, the latest");
        Assert.That(counting[C].Suspect, Is.True, "of the complaint's own verdicts, the latest");
    }
}
