using Triage.Signals;
using Triage.Signals.Features;

namespace Triage.Tests.Signals;

// For tests of the identifier and filing signals alone: no text is similar to any other.
public sealed class NoTextEvidence : ITextSimilaritySource
{
    public TextEvidence Evidence(ComplaintFacts complaint, string complainant, DateTimeOffset from, DateTimeOffset to) => TextEvidence.None;

    public double Similarity(Guid first, Guid second) => 0;
}
