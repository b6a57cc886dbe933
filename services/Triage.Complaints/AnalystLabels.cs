namespace Triage.Complaints;

// Analysts' decisions as complaint_labels rows. For each complaint one counts: its latest verdict on the complaint
// itself, else its latest cluster verdict, as routing ranks them.
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
}
