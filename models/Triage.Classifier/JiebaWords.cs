using JiebaNet.Segmenter;

namespace Triage.Classifier;

// Word segmentation of a skeleton for the word n-gram featurizer: words joined by spaces.
public static class JiebaWords
{
    private static readonly Lazy<object> Configured = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        return new object();
    });

    private static readonly ThreadLocal<JiebaSegmenter> Segmenter = new(() =>
    {
        _ = Configured.Value;
        return new JiebaSegmenter();
    });

    public static string Segment(string skeleton) =>
        string.Join(' ', Segmenter.Value!.Cut(skeleton, cutAll: false, hmm: true).Where(w => !string.IsNullOrWhiteSpace(w)));
}
