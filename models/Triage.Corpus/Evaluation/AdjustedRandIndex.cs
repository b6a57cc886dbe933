using System.Runtime.InteropServices;

namespace Triage.Corpus.Evaluation;

// Hubert and Arabie's index from the contingency table: (index − expected) / (max − expected), with
// index = Σ C(n_ij, 2), expected = Σ C(a_i, 2) · Σ C(b_j, 2) / C(n, 2) and max = (Σ C(a_i, 2) + Σ C(b_j, 2)) / 2.
public static class AdjustedRandIndex
{
    public static double Compute(ReadOnlySpan<int> first, ReadOnlySpan<int> second)
    {
        if (first.Length != second.Length)
            throw new ArgumentException($"The partitions label {first.Length} and {second.Length} items; they must label the same items.");
        var cells = new Dictionary<long, long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (var i = 0; i < first.Length; i++)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(cells, (long)first[i] << 32 | (uint)second[i], out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(rows, first[i], out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(columns, second[i], out _)++;
        }
        var index = SumOfPairs(cells.Values);
        var rowPairs = SumOfPairs(rows.Values);
        var columnPairs = SumOfPairs(columns.Values);
        var total = Pairs(first.Length);

        // The denominator is zero only when both partitions are all singletons or both are one block: the same partition.
        if ((rowPairs == 0 && columnPairs == 0) || (rowPairs == total && columnPairs == total))
            return 1.0;
        var expected = (double)rowPairs * columnPairs / total;
        var max = (rowPairs + columnPairs) / 2.0;
        return (index - expected) / (max - expected);
    }

    private static long SumOfPairs(IEnumerable<long> counts)
    {
        long sum = 0;
        foreach (var count in counts)
            sum += Pairs(count);
        return sum;
    }

    private static long Pairs(long count) => count * (count - 1) / 2;
}
