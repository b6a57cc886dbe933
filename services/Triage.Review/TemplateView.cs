namespace Triage.Review;

public sealed record TemplateView(Guid ComplaintId, string Text, IReadOnlyList<SpanView> Spans);
