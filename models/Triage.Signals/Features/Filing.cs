namespace Triage.Signals.Features;

public sealed record Filing(Guid ComplaintId, DateTimeOffset At, string Channel);
