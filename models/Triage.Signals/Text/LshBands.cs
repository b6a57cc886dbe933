namespace Triage.Signals.Text;

// A band's key is a hash of its rows salted with the band number, so that all bands can share one bucket table.
public static class LshBands
{
    public static void Keys(MinHashSignature signature, NearDuplicateOptions options, Span<long> keys)
    {
        if (signature.Length != options.HashCount)
            throw new ArgumentException($"A signature of {signature.Length} values does not fit {options.Bands} bands of {options.Rows} rows.");
        for (var band = 0; band < options.Bands; band++)
        {
            var h = Hashing.Mix((ulong)(band + 1) * 0x9E3779B97F4A7C15UL);
            foreach (var row in signature.Values.AsSpan(band * options.Rows, options.Rows))
                h = (h ^ row) * 0x100000001B3UL;
            keys[band] = (long)Hashing.Mix(h);
        }
    }
}
