namespace Triage.Classifier.Evidence;

// One signal's share of the score's logit. Up and Down terms are steps: a weight, never negative, is added for every
// edge the value passes (Up: value >= edge; Down: value <= edge), so the share can only grow with the evidence.
// A Free term is linear.
public sealed record EvidenceTerm(string Signal, Direction Direction, string Group, float[] Edges, float[] Weights)
{
    public int Bin(float value)
    {
        var bin = 0;
        if (Direction == Direction.Up)
            while (bin < Edges.Length && value >= Edges[bin]) bin++;
        else if (Direction == Direction.Down)
            while (bin < Edges.Length && value <= Edges[bin]) bin++;
        return bin;
    }

    public double Share(float value)
    {
        if (Direction == Direction.Free)
            return Weights[0] * value;
        double sum = 0;
        var bin = Bin(value);
        for (var k = 0; k < bin; k++)
            sum += Weights[k];
        return sum;
    }
}
