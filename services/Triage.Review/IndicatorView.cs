namespace Triage.Review;

public sealed record IndicatorView(string Kind, string Value, int Complaints);
