using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Triage.Signals.Text;

// One 64-bit hash per shingle, folded to 32 bits, then per hash function one multiply-add (a_i x + b_i mod 2^32,
// a_i odd) and a running minimum, eight or sixteen functions at a time in SIMD lanes.
public sealed class MinHasher
{
    public static readonly MinHasher Default = new(new NearDuplicateOptions());

    private const int StackShingles = 512;
    private readonly uint[] _multipliers;
    private readonly uint[] _increments;

    public MinHasher(NearDuplicateOptions options)
    {
        Options = options;
        _multipliers = new uint[options.HashCount];
        _increments = new uint[options.HashCount];
        var state = options.Seed;
        for (var i = 0; i < options.HashCount; i++)
        {
            _multipliers[i] = (uint)Next(ref state) | 1;
            _increments[i] = (uint)Next(ref state);
        }
    }

    public NearDuplicateOptions Options { get; }

    public MinHashSignature Sign(TextSkeleton skeleton) => Sign(skeleton.Text);

    public MinHashSignature Sign(ReadOnlySpan<char> skeleton)
    {
        var count = Hashing.ShingleCount(skeleton.Length, Options.ShingleLength);
        ulong[]? rented = null;
        Span<ulong> shingles = count <= StackShingles ? stackalloc ulong[count] : rented = ArrayPool<ulong>.Shared.Rent(count);
        Hashing.Shingles(skeleton, Options.ShingleLength, shingles);
        Span<uint> minima = stackalloc uint[_multipliers.Length];
        minima.Fill(uint.MaxValue);
        Minimise(shingles[..count], minima);
        if (rented is not null)
            ArrayPool<ulong>.Shared.Return(rented);

        var values = new ushort[minima.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = (ushort)((minima[i] * 0x9E3779B1u) >> 16);
        return new MinHashSignature(values);
    }

    private void Minimise(ReadOnlySpan<ulong> shingles, Span<uint> minima)
    {
        var vectors = Vector.IsHardwareAccelerated ? minima.Length / Vector<uint>.Count : 0;
        var lanes = vectors * Vector<uint>.Count;
        var minVectors = MemoryMarshal.Cast<uint, Vector<uint>>(minima[..lanes]);
        var multipliers = MemoryMarshal.Cast<uint, Vector<uint>>(_multipliers.AsSpan(0, lanes));
        var increments = MemoryMarshal.Cast<uint, Vector<uint>>(_increments.AsSpan(0, lanes));
        foreach (var shingle in shingles)
        {
            var x = (uint)(shingle ^ (shingle >> 32));
            var broadcast = new Vector<uint>(x);
            for (var v = 0; v < minVectors.Length; v++)
                minVectors[v] = Vector.Min(minVectors[v], broadcast * multipliers[v] + increments[v]);
            for (var i = lanes; i < minima.Length; i++)
                minima[i] = Math.Min(minima[i], x * _multipliers[i] + _increments[i]);
        }
    }

    private static ulong Next(ref ulong state) => Hashing.Mix(state += 0x9E3779B97F4A7C15UL);
}
