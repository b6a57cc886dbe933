namespace Triage.Corpus.Processes;

public static class Apportion
{
    // Splits total across slots in proportion to weights; the parts always sum to total exactly.
    public static int[] Split(int total, double[] weights)
    {
        var sum = weights.Sum();
        var parts = new int[weights.Length];
        if (sum <= 0)
        {
            if (parts.Length > 0) parts[^1] = total;
            return parts;
        }
        var cumulative = 0.0;
        var given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            var upTo = (int)Math.Round(total * cumulative / sum);
            parts[i] = upTo - given;
            given = upTo;
        }
        return parts;
    }
}
