namespace Triage.Signals.Text;

// Which items hold each shingle (sorted keys, offsets, items): brute force that counts every pair's common shingles
// without visiting the pairs that share none.
internal sealed class ShinglePostings
{
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly int[] _items;

    public ShinglePostings(ulong[][] sets, IReadOnlyList<int> items)
    {
        var total = items.Sum(i => (long)sets[i].Length);
        var keys = new ulong[total];
        var owners = new int[total];
        long at = 0;
        foreach (var item in items)
        {
            foreach (var shingle in sets[item])
            {
                keys[at] = shingle;
                owners[at++] = item;
            }
        }
        Array.Sort(keys, owners);
        var distinct = new List<ulong>();
        var starts = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0 && keys[i] == keys[i - 1])
                continue;
            distinct.Add(keys[i]);
            starts.Add(i);
        }
        starts.Add(keys.Length);
        _keys = [.. distinct];
        _starts = [.. starts];
        _items = owners;
    }

    // Adds one to counts[item] for every item that holds the shingle; touched gets each item the first time.
    public void Count(ulong shingle, int[] counts, List<int> touched)
    {
        var at = Array.BinarySearch(_keys, shingle);
        if (at < 0)
            return;
        for (var i = _starts[at]; i < _starts[at + 1]; i++)
        {
            var item = _items[i];
            if (counts[item]++ == 0)
                touched.Add(item);
        }
    }
}
