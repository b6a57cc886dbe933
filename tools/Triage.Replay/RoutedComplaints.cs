using Triage.Corpus.Evaluation;
using Triage.Replay.Api;

namespace Triage.Replay;

public static class RoutedComplaints
{
    // The complaints this replay stored, by externalId, with their cluster and route as the API shows them.
    public static async Task<IReadOnlyDictionary<string, Outcome>> FetchAsync(TriageApi api, Submitted submitted, CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        await foreach (var complaint in api.ListAsync(null, submitted.Since, submitted.Until, cancellationToken))
            if (submitted.ExternalIds.TryGetValue(complaint.Id, out var externalId))
                outcomes[externalId] = new Outcome(complaint.Triage?.ClusterId, complaint.Route?.Destination);
        return outcomes;
    }
}
