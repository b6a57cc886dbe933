namespace Triage.Classifier.Tests;

public class When_a_model_is_trained_on_a_small_corpus
{
    [Test]
    public void Should_load_with_its_metadata()
    {
        var model = SuspectModel.Load(SmallModel.ModelPath);

        Assert.That(model.Metadata.FeatureSchemaHash, Is.EqualTo(FeatureSchema.Hash(TextFeatures.CharNgrams)));
        Assert.That(model.Metadata.ModelFileSha256, Is.EqualTo(ModelFiles.Sha256(SmallModel.ModelPath)));
        Assert.That(model.Metadata.Threshold, Is.InRange(0.0, 1.0));
        Assert.That(model.TopFeatures, Is.Not.Empty);
    }

    [Test]
    public void Should_score_between_zero_and_one()
    {
        var model = SuspectModel.Load(SmallModel.ModelPath);

        var scores = model.ScoreBatch(SmallModel.Test.Select(r => r.Input).ToList());

        Assert.That(scores, Has.All.InRange(0f, 1f));
    }

    [Test]
    public void Should_rank_suspect_complaints_above_honest_ones()
    {
        var model = SuspectModel.Load(SmallModel.ModelPath);
        var test = SmallModel.Test;

        var scores = model.ScoreBatch(test.Select(r => r.Input).ToList());
        var suspect = test.Select((r, i) => (r, i)).Where(x => x.r.Suspect).Average(x => scores[x.i]);
        var honest = test.Select((r, i) => (r, i)).Where(x => !x.r.Suspect).Average(x => scores[x.i]);

        Assert.That(suspect, Is.GreaterThan(honest + 0.5));
    }

    [Test]
    public void Should_reproduce_with_the_same_seed()
    {
        var again = SmallModel.Train(Path.Combine(Directory.CreateTempSubdirectory("triage-classifier-again-").FullName, "suspect-model.zip"));

        Assert.That(again.Trained.Threshold, Is.EqualTo(SmallModel.Trained.Threshold));
        Assert.That(again.Trained.Validation.Metrics, Is.EquivalentTo(SmallModel.Trained.Validation.Metrics));
        Assert.That(ModelFiles.Sha256(again.Path), Is.EqualTo(ModelFiles.Sha256(SmallModel.ModelPath)));
    }
}
