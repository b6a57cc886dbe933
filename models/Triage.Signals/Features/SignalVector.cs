namespace Triage.Signals.Features;

public sealed class SignalVector
{
    private readonly float[] _values = new float[SignalNames.All.Count];

    public float this[string name]
    {
        get => _values[SignalNames.IndexOf(name)];
        set => _values[SignalNames.IndexOf(name)] = value;
    }

    public ReadOnlySpan<float> Values => _values;

    // In hindsight, the other filings found to be this complainant's (the person evidence above counts them), for the
    // person step that decides one person's filings alike (Triage.Classifier.PersonStep). Empty online.
    public IReadOnlyList<Filing> Person { get; set; } = [];

    public float[] ToArray() => (float[])_values.Clone();

    public IEnumerable<KeyValuePair<string, float>> Named() => SignalNames.All.Select((name, i) => KeyValuePair.Create(name, _values[i]));
}
