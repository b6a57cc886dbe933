using System.Diagnostics.Metrics;

namespace Triage.Messaging;

public static class MessagingMetrics
{
    private static readonly Meter Meter = new("Triage.Messaging");

    public static readonly Counter<long> OutboxPublished = Meter.CreateCounter<long>("triage_outbox_published", "{message}", "Outbox messages published to the bus");
}
