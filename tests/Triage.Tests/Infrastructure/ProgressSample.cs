namespace Triage.Tests.Infrastructure;

public sealed record ProgressSample(TimeSpan At, long Routed, long OutboxWaiting, bool Ready);
