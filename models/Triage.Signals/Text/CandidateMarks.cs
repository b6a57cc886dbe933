namespace Triage.Signals.Text;

// Which items one query has already seen: an item reached through many bands (a whole ring shares every bucket)
// is verified once. Stamps avoid clearing the array between queries.
internal sealed class CandidateMarks
{
    private int[] _stamps = [];
    private int _stamp;

    public List<int> Candidates { get; } = [];

    public void Begin(int items)
    {
        if (_stamps.Length < items)
            Array.Resize(ref _stamps, Math.Max(items, _stamps.Length * 2));
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
        Candidates.Clear();
    }

    public void Add(int item)
    {
        if (_stamps[item] == _stamp)
            return;
        _stamps[item] = _stamp;
        Candidates.Add(item);
    }
}
