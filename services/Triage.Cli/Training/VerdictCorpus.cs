using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Triage.Classifier;
using Triage.Classifier.Evaluation;
using Triage.Complaints;
using Triage.Rescoring;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;
using Triage.Storage;

namespace Triage.Cli.Training;

// Analysts' verdicts as labelled rows: per complaint, its latest own verdict (source 'complaint') if it has one, else
// its latest cluster verdict, as routing ranks them. Features are computed in hindsight over the stored complaints
// around the labelled ones (the rescoring's context), the texts opened with the configured keys. A row's group is its
// cluster, so that one cluster never spans the training and the held-out rows.
public static class VerdictCorpus
{
    public static async Task<IReadOnlyList<LabelledRow>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<Database>();
        List<LabelRow> rows;
        await using (var connection = await database.OpenAsync(cancellationToken))
            rows = (await connection.QueryAsync<LabelRow>(
                new CommandDefinition("""
                SELECT l.complaint_id, l.suspect, l.source, l.cluster_id, c.received_at
                FROM complaint_labels l JOIN complaints c ON c.id = l.complaint_id ORDER BY l.decided_at, l.id
                """, cancellationToken: cancellationToken))).AsList();
        var labels = AnalystLabels.Counting(rows, r => r.ComplaintId, r => r.Source);
        if (labels.Count == 0)
            return [];

        var context = services.GetRequiredService<IOptions<RescoringOptions>>().Value.Context;
        using var corpus = new HindsightCorpus(services.GetRequiredService<SignalExtractor>().Options);
        var facts = await services.GetRequiredService<StoredComplaints>().ReadAsync(
            labels.Values.Min(l => l.ReceivedAt) - context, labels.Values.Max(l => l.ReceivedAt) + context,
            (complaint, ct) => new ValueTask(corpus.AddAsync(complaint, ct)), cancellationToken);
        Console.Error.WriteLine($"read {labels.Count:N0} verdict labels ({labels.Values.Count(l => l.Suspect):N0} suspect) and {facts.Count:N0} stored complaints around them");
        var labelled = facts.Where(f => labels.ContainsKey(f.Id)).ToList();
        var signals = await Progress.RunAsync("verdict signals", labelled.Count, async progress =>
        {
            var vectors = new SignalVector[labelled.Count];
            var done = 0;
            await Parallel.ForAsync(0, labelled.Count, cancellationToken, async (i, ct) =>
            {
                vectors[i] = await corpus.SignalsAsync(labelled[i], ct);
                progress.Report(Interlocked.Increment(ref done));
            });
            return vectors;
        });
        return labelled.Select((f, i) => Row(f, signals[i], labels[f.Id])).ToList();
    }

    private static LabelledRow Row(ComplaintFacts complaint, SignalVector signals, LabelRow label)
    {
        var suspect = label.Suspect;
        return new LabelledRow(complaint.Id.ToString(), suspect ? "analyst-suspect" : "analyst-honest",
            label.ClusterId is { } cluster ? $"cluster:{cluster}" : $"complaint:{complaint.Id}", complaint.Text,
            ClassifierInput.From(complaint.Text, signals, suspect));
    }

    private sealed class LabelRow
    {
        public Guid ComplaintId { get; init; }
        public bool Suspect { get; init; }
        public string Source { get; init; } = "";
        public string? ClusterId { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
    }
}
