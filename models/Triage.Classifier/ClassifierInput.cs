using Microsoft.ML.Data;
using Triage.Signals.Features;
using Triage.Signals.Text;

namespace Triage.Classifier;

// One row as the model sees it. VectorType needs a constant: FeatureSchema checks it against SignalNames.All.
public sealed class ClassifierInput
{
    public const int SignalCount = 48;

    public bool Label { get; set; }

    public string Skeleton { get; set; } = "";

    [VectorType(SignalCount)]
    public float[] Signals { get; set; } = new float[SignalCount];

    public static ClassifierInput From(string text, SignalVector signals, bool label = false) =>
        new() { Label = label, Skeleton = TextSkeleton.Build(text).Text, Signals = signals.ToArray() };
}
