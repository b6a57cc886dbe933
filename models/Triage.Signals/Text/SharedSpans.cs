using System.Buffers;

namespace Triage.Signals.Text;

// Where a query shares its template with a neighbour: runs of skeleton shingles found in both, mapped back to the
// query's original text. Slots at the edges of a run are left out, so the highlight is the shared wording.
public sealed class SharedSpans
{
    private readonly TextSkeleton _query;
    private readonly ulong[] _shingles;
    private readonly int _k;
    private readonly int _minLength;
    private readonly Dictionary<string, IReadOnlyList<TextSpan>> _seen = [];

    public SharedSpans(TextSkeleton query, NearDuplicateOptions options)
    {
        _query = query;
        _k = options.ShingleLength;
        _minLength = Math.Max(options.MinSpanLength, _k);
        _shingles = new ulong[Hashing.ShingleCount(query.Text.Length, _k)];
        Hashing.Shingles(query.Text, _k, _shingles);
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
        try
        {
            Hashing.Shingles(neighbourSkeleton, _k, theirs);
            Array.Sort(theirs, 0, count);
            var shared = theirs.AsSpan(0, count);
            var spans = new List<TextSpan>();
            int runStart = -1, runEnd = -1;
            for (var p = 0; p < _shingles.Length; p++)
            {
                if (shared.BinarySearch(_shingles[p]) < 0)
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
