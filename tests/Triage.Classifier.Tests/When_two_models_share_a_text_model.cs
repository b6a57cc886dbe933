using Triage.Classifier.Evaluation;
using Triage.Classifier.Evidence;

namespace Triage.Classifier.Tests;

// The zip holds only the text sub-score; the evidence terms live in the metadata. A model's version must still tell
// two evidence fits over one text model apart, because the model registry keys models by version.
public class When_two_models_share_a_text_model
{
    [Test]
    public void Should_give_each_evidence_fit_its_own_version_and_the_same_fit_the_same_one()
    {
        var trainer = new ModelTrainer(SmallModel.Options);
        var split = GroupSplit.Apply(SmallCorpus.Rows, SmallModel.Options.Seed);
        var (train, validation) = (split[Split.Train].ToList(), split[Split.Validation].ToList());
        var text = trainer.Train(train, validation, FeatureSet.TextOnly, TextFeatures.CharNgrams);
        var outOfFold = trainer.OutOfFold(train, TextFeatures.CharNgrams, null);
        var plain = trainer.AddEvidence(text, train, validation, outOfFold, new EvidenceOptions());
        var other = trainer.AddEvidence(text, train, validation, outOfFold, new EvidenceOptions { NeutralTextShare = 0.5 });
        var day = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

        var (first, firstPath) = Save(plain, day);
        var (again, _) = Save(plain, day.AddHours(3));
        var (second, _) = Save(other, day);

        Assert.That(second.ModelFileSha256, Is.EqualTo(first.ModelFileSha256), "one text model, one zip");
        Assert.That(second.Version, Is.Not.EqualTo(first.Version));
        Assert.That(again.Version, Is.EqualTo(first.Version), "the same model saved again the same day");
        Assert.That(first.Version, Does.StartWith("2026.12.04-"));
        Assert.That(ModelFiles.Version(ModelFiles.ReadMetadata(firstPath)), Is.EqualTo(first.Version), "recomputed from the metadata file");
    }

    private static (ModelMetadata Metadata, string Path) Save(TrainedModel model, DateTimeOffset at)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("triage-version-").FullName, "suspect-model.zip");
        return (model.Save(path, "small test corpus", 0, new Dictionary<string, double>(), at), path);
    }
}
