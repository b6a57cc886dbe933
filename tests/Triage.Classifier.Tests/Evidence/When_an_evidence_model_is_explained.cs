using Triage.Classifier.Evidence;
using Triage.Signals.Reasons;

namespace Triage.Classifier.Tests.Evidence;

public class When_an_evidence_model_is_explained
{
    [Test]
    public void Should_add_the_shares_up_to_the_logit()
    {
        var model = SmallModel.Trained.Evidence!;
        foreach (var row in SmallModel.Test.Take(200))
        {
            var shares = model.Contributions(row.Input.Signals, 0.3f);
            Assert.That(model.Bias + shares.Sum(s => s.Logit), Is.EqualTo(model.Logit(row.Input.Signals, 0.3f)).Within(1e-6));
            Assert.That(shares.Select(s => s.Logit), Is.Ordered.Descending);
        }
    }

    [Test]
    public void Should_read_the_same_model_back_from_its_metadata()
    {
        var loaded = SuspectModel.Load(SmallModel.ModelPath);
        var inputs = SmallModel.Test.Select(r => r.Input).ToList();
        Assert.That(loaded.Metadata.Evidence, Is.Not.Null);
        Assert.That(loaded.ScoreBatch(inputs), Is.EqualTo(SmallModel.Trained.Score(inputs)).Within(1e-5));
        var first = loaded.Assess(inputs[0]);
        Assert.That(first.Score, Is.EqualTo(loaded.Score(inputs[0])).Within(1e-6));
        Assert.That(first.Contributions.Select(c => c.Group), Does.Contain(ReasonGroups.Text));
    }
}
