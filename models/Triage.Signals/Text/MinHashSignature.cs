using System.Numerics;
using System.Runtime.Intrinsics;

namespace Triage.Signals.Text;

// One 16-bit fingerprint of each minimum (b-bit MinHash): two different minima agree by chance once in 65,536,
// which moves an estimate by less than 0.0001, and a signature takes 256 bytes instead of 512.
public sealed class MinHashSignature
{
    public MinHashSignature(ushort[] values) => Values = values;

    public ushort[] Values { get; }

    public int Length => Values.Length;

    public double Similarity(MinHashSignature other) => Similarity(Values, other.Values);

    public static double Similarity(ReadOnlySpan<ushort> first, ReadOnlySpan<ushort> second)
    {
        if (first.Length != second.Length || first.Length == 0)
            throw new ArgumentException("Signatures of different lengths do not compare.");
        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ushort>.Count <= first.Length; i += Vector256<ushort>.Count)
            {
                var same = Vector256.Equals(Vector256.Create(first[i..]), Vector256.Create(second[i..]));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }
        for (; i < first.Length; i++)
        {
            if (first[i] == second[i])
                equal++;
        }
        return (double)equal / first.Length;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Values.Length * 2];
        for (var i = 0; i < Values.Length; i++)
        {
            bytes[2 * i] = (byte)Values[i];
            bytes[2 * i + 1] = (byte)(Values[i] >> 8);
        }
        return bytes;
    }

    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        var values = new ushort[bytes.Length / 2];
        for (var i = 0; i < values.Length; i++)
            values[i] = (ushort)(bytes[2 * i] | bytes[2 * i + 1] << 8);
        return new MinHashSignature(values);
    }
}
