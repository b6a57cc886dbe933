namespace Triage.Corpus.Evaluation;

// Hits are complaints of this kind that went where their kind belongs: fraud-review or handling/….
public sealed record KindShare(string Kind, int Complaints, int Hits)
{
    public double? Share => Complaints == 0 ? null : (double)Hits / Complaints;
}
