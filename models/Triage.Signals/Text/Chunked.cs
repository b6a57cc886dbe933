namespace Triage.Signals.Text;

// A growable column in fixed-size chunks: growing never copies what is stored, and no single array gets huge.
internal sealed class Chunked<T>(int chunkLength)
{
    private T[][] _chunks = [];

    public int Capacity => _chunks.Length * chunkLength;

    public ref T this[long index] => ref _chunks[index / chunkLength][index % chunkLength];

    // Never crosses a chunk when the chunk length is a multiple of the slice length.
    public Span<T> Slice(long start, int length) => _chunks[start / chunkLength].AsSpan((int)(start % chunkLength), length);

    public void EnsureCapacity(long count)
    {
        while (Capacity < count)
        {
            var chunks = new T[_chunks.Length + 1][];
            _chunks.CopyTo(chunks, 0);
            chunks[^1] = new T[chunkLength];
            _chunks = chunks;
        }
    }
}
