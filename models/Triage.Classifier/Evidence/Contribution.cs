namespace Triage.Classifier.Evidence;

// A group's share of one complaint's logit, and the signal values behind it.
public sealed record Contribution(string Group, double Logit);
