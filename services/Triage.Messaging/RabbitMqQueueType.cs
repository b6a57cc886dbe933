namespace Triage.Messaging;

// Quorum queues are replicated across a cluster's nodes and survive the loss of a minority of them; classic queues
// live on one node and are kept for brokers that already hold classic queues of the same names.
public enum RabbitMqQueueType
{
    Quorum,
    Classic,
}
