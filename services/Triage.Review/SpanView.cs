namespace Triage.Review;

public sealed record SpanView(int Start, int Length);
