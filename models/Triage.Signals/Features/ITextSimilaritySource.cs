namespace Triage.Signals.Features;

public interface ITextSimilaritySource
{
    TextEvidence Evidence(ComplaintFacts complaint, string complainant, DateTimeOffset from, DateTimeOffset to);

    double Similarity(Guid first, Guid second);
}
