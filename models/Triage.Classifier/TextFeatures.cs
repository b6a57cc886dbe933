namespace Triage.Classifier;

// How the skeleton becomes features. Changing a setting here changes the feature schema hash, so older models
// refuse to load instead of scoring garbage.
public enum TextFeatures
{
    CharNgrams,
    JiebaWords,
}
