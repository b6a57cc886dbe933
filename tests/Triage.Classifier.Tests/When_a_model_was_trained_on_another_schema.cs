using System.Text.Json;

namespace Triage.Classifier.Tests;

public class When_a_model_was_trained_on_another_schema
{
    [Test]
    public void Should_refuse_to_load_and_say_why()
    {
        var directory = Directory.CreateTempSubdirectory("triage-classifier-schema-").FullName;
        var path = Path.Combine(directory, "old-model.zip");
        File.Copy(SmallModel.ModelPath, path);
        var metadata = ModelFiles.ReadMetadata(SmallModel.ModelPath) with { FeatureSchemaHash = new string('0', 64) };
        File.WriteAllText(ModelFiles.MetadataPath(path), JsonSerializer.Serialize(metadata, ModelFiles.Json));

        var error = Assert.Throws<IncompatibleModelException>(() => SuspectModel.Load(path));

        Assert.That(error!.Message, Does.Contain("feature schema").And.Contain("triage train"));
    }

    [Test]
    public void Should_refuse_a_file_that_is_not_the_one_its_metadata_describes()
    {
        var directory = Directory.CreateTempSubdirectory("triage-classifier-sha-").FullName;
        var path = Path.Combine(directory, "suspect-model.zip");
        File.Copy(SmallModel.ModelPath, path);
        File.Copy(ModelFiles.MetadataPath(SmallModel.ModelPath), ModelFiles.MetadataPath(path));
        File.AppendAllText(path, "tampered");

        Assert.Throws<IncompatibleModelException>(() => SuspectModel.Load(path));
    }
}
