namespace Triage.Classifier.Tests;

public class When_the_shipped_model_is_loaded
{
    [Test]
    public void Should_match_its_metadata()
    {
        var metadata = ModelFiles.ReadMetadata(ShippedModel.Path);

        Assert.That(ModelFiles.Sha256(ShippedModel.Path), Is.EqualTo(metadata.ModelFileSha256));
        // This code's schema, or the schema of the signals before later ones were appended (a model that reads its
        // signals by name; FeatureSchema.Accepts).
        Assert.That(FeatureSchema.Accepts(metadata.FeatureSchemaHash, metadata.Features, metadata.TextFeatures), Is.True);
        Assert.That(metadata.Version, Is.EqualTo(ModelFiles.Version(metadata)));
    }

    [Test]
    public void Should_load_and_score()
    {
        var model = SuspectModel.Load(ShippedModel.Path);

        var scores = model.ScoreBatch(SmallModel.Test.Take(200).Select(r => r.Input).ToList());

        Assert.That(scores, Has.All.InRange(0f, 1f));
        Assert.That(model.Metadata.Metrics["averagePrecision"], Is.GreaterThan(0.9));
    }

    [Test]
    public void Should_ship_its_text_only_baseline()
    {
        var baseline = System.IO.Path.ChangeExtension(ShippedModel.Path, ".text-only.zip");

        Assert.That(SuspectModel.Load(baseline).Metadata.Features, Is.EqualTo(FeatureSet.TextOnly));
    }
}
