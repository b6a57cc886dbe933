namespace Triage.Classifier.Evaluation;

// A complaint of a labelled corpus: the model's input and what the generator knows about it.
public sealed record LabelledRow(string ExternalId, string Kind, string Group, string Text, ClassifierInput Input)
{
    public bool Suspect => Input.Label;
}
