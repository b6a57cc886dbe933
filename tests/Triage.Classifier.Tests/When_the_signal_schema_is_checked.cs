using Triage.Signals.Features;

namespace Triage.Classifier.Tests;

public class When_the_signal_schema_is_checked
{
    [Test]
    public void Should_have_as_many_signal_slots_as_signals()
    {
        Assert.That(ClassifierInput.SignalCount, Is.EqualTo(SignalNames.All.Count));
        Assert.DoesNotThrow(FeatureSchema.EnsureSignalCount);
    }

    [Test]
    public void Should_hash_the_text_settings_into_the_schema()
    {
        Assert.That(FeatureSchema.Hash(TextFeatures.CharNgrams), Is.Not.EqualTo(FeatureSchema.Hash(TextFeatures.JiebaWords)));
        Assert.That(FeatureSchema.Hash(TextFeatures.CharNgrams), Has.Length.EqualTo(64));
    }
}
