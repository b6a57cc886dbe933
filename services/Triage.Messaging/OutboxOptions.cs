namespace Triage.Messaging;

public sealed class OutboxOptions
{
    public const string Section = "Triage:Outbox";

    public bool DispatcherEnabled { get; set; } = true;

    public int BatchSize { get; set; } = 100;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
