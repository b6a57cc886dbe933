using System.Buffers;

namespace Triage.Signals.Text;

// Where a query shares its template with a neighbour: runs of skeleton shingles found in both, mapped back to the
// query's original text. Slots at the edges of a run are left out, so the highlight is the shared wording.
public sealed class SharedSpans
{
    private readonly TextSkeleton _query;
    private readonly int _k;
    private readonly int _minLength;
    private readonly int _positions;
    private readonly Dictionary<ulong, int> _first = [];
    private readonly int[] _next;
    private readonly Dictionary<string, IReadOnlyList<TextSpan>> _seen = [];

    public SharedSpans(TextSkeleton query, NearDuplicateOptions options)
    {
        _query = query;
        _k = options.ShingleLength;
        _minLength = Math.Max(options.MinSpanLength, _k);
        var shingles = new ulong[Hashing.ShingleCount(query.Text.Length, _k)];
        Hashing.Shingles(query.Text, _k, shingles);
        _positions = shingles.Length;
        // Every position of each distinct shingle: the first in the dictionary, the rest chained.
        _next = new int[shingles.Length];
        for (var p = shingles.Length - 1; p >= 0; p--)
        {
            _next[p] = _first.TryGetValue(shingles[p], out var later) ? later : -1;
            _first[shingles[p]] = p;
        }
    }

    // A ring's members mostly share one skeleton: each distinct skeleton is compared once.
    public IReadOnlyList<TextSpan> With(string neighbourSkeleton)
    {
        if (!_seen.TryGetValue(neighbourSkeleton, out var spans))
            _seen[neighbourSkeleton] = spans = Compare(neighbourSkeleton);
        return spans;
    }

    private List<TextSpan> Compare(string neighbourSkeleton)
    {
        var count = Hashing.ShingleCount(neighbourSkeleton.Length, _k);
        var theirs = ArrayPool<ulong>.Shared.Rent(Math.Max(count, 1));
        var shared = ArrayPool<bool>.Shared.Rent(Math.Max(_positions, 1));
        try
        {
            Array.Clear(shared, 0, _positions);
            Hashing.Shingles(neighbourSkeleton, _k, theirs);
            foreach (var shingle in theirs.AsSpan(0, count))
            {
                if (!_first.TryGetValue(shingle, out var p))
                    continue;
                for (; p >= 0 && !shared[p]; p = _next[p])
                    shared[p] = true;
            }
            var spans = new List<TextSpan>();
            int runStart = -1, runEnd = -1;
            for (var p = 0; p < _positions; p++)
            {
                if (!shared[p])
                    continue;
                if (runStart >= 0 && p <= runEnd)
                {
                    runEnd = p + _k;
                    continue;
                }
                Emit(runStart, runEnd, spans);
                runStart = p;
                runEnd = p + _k;
            }
            Emit(runStart, runEnd, spans);
            return spans;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(theirs);
            ArrayPool<bool>.Shared.Return(shared);
        }
    }

    private void Emit(int start, int end, List<TextSpan> spans)
    {
        if (start < 0)
            return;
        var text = _query.Text;
        while (start < end && (Placeholders.Is(text[start]) || !char.IsLetterOrDigit(text[start])))
            start++;
        while (end > start && (Placeholders.Is(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
            end--;
        if (end - start >= _minLength)
            spans.Add(_query.ToOriginal(start, end));
    }
}
