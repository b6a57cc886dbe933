using Microsoft.Extensions.Options;
using Triage.Complaints;
using Triage.Complaints.Evidence;
using Triage.Signals;
using Triage.Signals.Clusters;
using Triage.Signals.Features;

namespace Triage.Scoring;

// What the online path knows of one complaint as it arrives: its facts from storage, its text indexed (idempotent, so a
// redelivered message indexes nothing twice), its signals and cluster links over the shared store, and the model's
// decision. Reads only; the consumer writes.
public sealed class OnlineAssessor(
    ComplaintFactsReader facts,
    IndexedTextEvidence text,
    StoredSignalContext context,
    SignalExtractor extractor,
    ClusterLinkFinder linkFinder,
    ModelProvider models,
    IOptions<ScoringOptions> options,
    TimeProvider clock)
{
    public sealed record Assessment(ComplaintFacts Complaint, IReadOnlyList<ClusterLink> Links, TriageResult Result);

    // Null when the complaint is not in storage.
    public async Task<Assessment?> AssessAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await facts.ReadAsync(complaintId, cancellationToken);
        if (complaint is null)
            return null;
        await text.AddAsync(complaint, cancellationToken);
        var signals = await extractor.ExtractAsync(complaint, context, SignalMode.Online, cancellationToken);
        var links = await linkFinder.FindAsync(complaint, context, SignalMode.Online, cancellationToken);
        var model = await models.GetAsync(cancellationToken);
        return new Assessment(complaint, links, ComplaintScorer.Decide(model, complaint, signals, SignalMode.Online, options.Value.Threshold, clock.GetUtcNow()));
    }
}
