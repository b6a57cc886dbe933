namespace Triage.Signals.Features;

public sealed record TextEvidence(bool Fingerprinted, IReadOnlyList<TextNeighbour> Neighbours)
{
    public static readonly TextEvidence None = new(false, []);
}
