using System.Data.Common;
using Dapper;
using Triage.Storage;

namespace Triage.Complaints;

// Analysts' decisions as complaint_labels rows. For each complaint one counts: its latest verdict on the complaint
// itself, else its latest cluster verdict. Routing reads the first kind only (a cluster verdict reaches routing
// through the cluster's state); the nightly person step and retraining read both.
public static class AnalystLabels
{
    // complaint_labels.source of a verdict on the complaint itself; a cluster verdict's rows say "cluster".
    public const string FromComplaint = "complaint";

    // The label that counts for each complaint, from its labels in the order they were decided.
    public static Dictionary<Guid, T> Counting<T>(IEnumerable<T> labels, Func<T, Guid> complaint, Func<T, string> source)
    {
        var counting = new Dictionary<Guid, T>();
        foreach (var label in labels)
            if (source(label) == FromComplaint || !counting.TryGetValue(complaint(label), out var kept) || source(kept) != FromComplaint)
                counting[complaint(label)] = label;
        return counting;
    }

    // The label that counts for each of these complaints that has one, read in one query.
    public static async Task<Dictionary<Guid, Label>> CountingAsync(DbConnection connection, Database database, IReadOnlyCollection<Guid> complaintIds,
        DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (complaintIds.Count == 0)
            return [];
        var labels = await connection.QueryAsync<Label>(new CommandDefinition(
            $"""
            SELECT complaint_id AS ComplaintId, suspect AS Suspect, source AS Source FROM complaint_labels
            WHERE {database.Dialect.InList("complaint_id", "@Ids")} ORDER BY decided_at, id
            """,
            new { Ids = database.Dialect.Uuids(complaintIds) }, transaction, cancellationToken: cancellationToken));
        return Counting(labels, l => l.ComplaintId, l => l.Source);
    }

    public sealed class Label
    {
        public Guid ComplaintId { get; init; }
        public bool Suspect { get; init; }
        public string Source { get; init; } = "";

        // The analyst's verdict on the complaint itself, when this label is one.
        public bool? OnComplaint => Source == FromComplaint ? Suspect : null;
    }
}
