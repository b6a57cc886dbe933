using Triage.Rescoring;
using Triage.Scoring;
using static Triage.Tests.Rescoring.Hindsight;

namespace Triage.Tests.Rescoring;

// ChangedDecisions.Among: which of a chunk's hindsight decisions differ from what is stored.
public class When_a_chunks_changed_decisions_are_chosen
{
    private readonly Guid[] _c = Hindsight.Complaints(6);

    [Test]
    public void Should_choose_a_complaint_whose_score_flag_or_model_moved()
    {
        var changes = ChangedDecisions.Among(_c[..4], [Decision(0.30), Decision(0.80, suspect: true), Decision(0.30, model: "v2"), Decision(0.30)],
            Stored((_c[0], 0.30, false, "v1", null), (_c[1], 0.80, false, "v1", "A"), (_c[2], 0.30, false, "v1", null), (_c[3], 0.31, false, "v1", "B")));

        Assert.That(changes.Select(c => (c.Id, c.ClusterId)), Is.EqualTo(new[] { (_c[1], (string?)"A"), (_c[2], null), (_c[3], "B") }));
        Assert.That(changes[0].Decision.Suspect, Is.True);
    }

    [Test]
    public void Should_pass_over_a_score_that_moved_less_than_the_tolerance()
    {
        var changes = ChangedDecisions.Among(_c[..1], [Decision(0.3000001)], Stored((_c[0], 0.30, false, "v1", null)));

        Assert.That(changes, Is.Empty);
    }

    [Test]
    public void Should_choose_a_complaint_never_scored_and_pass_over_one_no_longer_stored()
    {
        var changes = ChangedDecisions.Among(_c[..2], [Decision(0.10), Decision(0.10)],
            new Dictionary<Guid, StoredDecision> { [_c[0]] = new() { Id = _c[0] } });

        Assert.That(changes.Select(c => c.Id), Is.EqualTo(new[] { _c[0] }));
    }

    private static TriageResult Decision(double score, bool suspect = false, string model = "v1") => new(score, suspect, [], model, Monday);

    private static Dictionary<Guid, StoredDecision> Stored(params (Guid Id, double Score, bool Suspect, string Model, string? Cluster)[] rows) =>
        rows.ToDictionary(r => r.Id, r => new StoredDecision { Id = r.Id, Score = r.Score, Suspect = r.Suspect, ModelVersion = r.Model, ClusterId = r.Cluster });
}
