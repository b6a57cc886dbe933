using Microsoft.Extensions.Options;
using Triage.Messaging;

namespace Triage.Scoring.Batches;

// The scoring queue's batches wait up to Triage:Scoring:BatchTimeLimit for their first message's batch-mates (MassTransit
// resolves the definition from the container).
public sealed class ComplaintBatchConsumerDefinition(IOptions<ScoringOptions> options)
    : BatchConsumerDefinition<ComplaintBatchConsumer>("triage-scoring", options.Value.BatchTimeLimit);
