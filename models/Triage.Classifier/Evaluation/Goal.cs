namespace Triage.Classifier.Evaluation;

public sealed record Goal(string Name, double Value, Func<double, bool> Test)
{
    public bool Met => !double.IsNaN(Value) && Test(Value);
}
