namespace Triage.Classifier.Evaluation;

// A complaint of a labelled corpus: the model's input and what the generator knows about it. Person: the external ids
// of the other filings its signals found to be the same person's within the person step's window (PersonStep).
public sealed record LabelledRow(string ExternalId, string Kind, string Group, string Text, ClassifierInput Input)
{
    public bool Suspect => Input.Label;

    public IReadOnlyList<string> Person { get; init; } = [];

    // The positions of each row's person's other filings among these rows.
    public static IReadOnlyList<IReadOnlyList<int>> PersonPositions(IReadOnlyList<LabelledRow> rows)
    {
        var position = new Dictionary<string, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
            position.TryAdd(rows[i].ExternalId, i);
        return rows.Select(r => (IReadOnlyList<int>)r.Person.Select(id => position.GetValueOrDefault(id, -1)).Where(p => p >= 0).ToArray()).ToList();
    }
}
