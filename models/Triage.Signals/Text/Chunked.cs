namespace Triage.Signals.Text;

// A growable column in chunks of 65,536 items, each item Width values wide: growing never copies what is stored, no
// single array gets huge, and finding an item is a shift and a mask.
internal sealed class Chunked<T>(int width = 1)
{
    private const int Shift = 16;
    private const int Mask = (1 << Shift) - 1;

    private T[][] _chunks = [];

    public int Capacity => _chunks.Length << Shift;

    public ref T this[int item] => ref _chunks[item >> Shift][item & Mask];

    public Span<T> Slice(int item) => _chunks[item >> Shift].AsSpan((item & Mask) * width, width);

    public void EnsureCapacity(int items)
    {
        while (Capacity < items)
        {
            var chunks = new T[_chunks.Length + 1][];
            _chunks.CopyTo(chunks, 0);
            chunks[^1] = new T[width << Shift];
            _chunks = chunks;
        }
    }
}
