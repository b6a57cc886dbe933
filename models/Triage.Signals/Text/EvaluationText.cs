namespace Triage.Signals.Text;

public sealed record EvaluationText(Guid Id, string Owner, string Text);
