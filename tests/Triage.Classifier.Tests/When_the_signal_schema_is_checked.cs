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

    [Test]
    public void Should_accept_a_model_trained_before_signals_were_appended_only_when_it_reads_them_by_name()
    {
        var before = FeatureSchema.Hash(TextFeatures.CharNgrams, SignalNames.All.Count - 1);

        Assert.That(before, Is.Not.EqualTo(FeatureSchema.Hash(TextFeatures.CharNgrams)));
        Assert.That(FeatureSchema.Accepts(before, FeatureSet.EvidenceAndText, TextFeatures.CharNgrams), Is.True);
        Assert.That(FeatureSchema.Accepts(before, FeatureSet.TextOnly, TextFeatures.CharNgrams), Is.True);
        Assert.That(FeatureSchema.Accepts(before, FeatureSet.TextAndSignals, TextFeatures.CharNgrams), Is.False,
            "LightGBM over the signal vector reads its slots by position: a longer vector is another schema");
        Assert.That(FeatureSchema.Accepts(new string('0', 64), FeatureSet.EvidenceAndText, TextFeatures.CharNgrams), Is.False);
        Assert.That(FeatureSchema.Accepts(FeatureSchema.Hash(TextFeatures.JiebaWords, SignalNames.All.Count - 1), FeatureSet.EvidenceAndText,
            TextFeatures.CharNgrams), Is.False);
    }
}
