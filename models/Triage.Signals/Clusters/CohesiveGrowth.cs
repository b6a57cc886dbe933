namespace Triage.Signals.Clusters;

// One pass of cluster growth over links given strongest first. Links between different people come first: a shared
// agent identifier joins at once (the identifier is the cluster's core), a template joins two components only once
// they are linked by enough distinct pairs (ClusterOptions.RequiredSupport), so a complaint joins a cluster by
// resembling several of its members, not by resembling one member that resembled another. The same person's own
// filings come last: they attach a person's filings to one group, but never join two groups of other people.
internal sealed class CohesiveGrowth
{
    private readonly ClusterOptions _options;
    private readonly int _strictness;
    private readonly UnionFind _sets;
    private readonly bool[] _mixed;
    private readonly Dictionary<int, int>?[] _support;
    private readonly HashSet<long> _pairs = [];
    private readonly HashSet<string>?[] _organizations;

    private CohesiveGrowth(int count, ClusterOptions options, int strictness)
    {
        _options = options;
        _strictness = strictness;
        _sets = new UnionFind(count);
        _mixed = new bool[count];
        _support = new Dictionary<int, int>?[count];
        _organizations = new HashSet<string>?[count];
    }

    public int Refused { get; private set; }

    // strictness > 0 splits a component that grew too large: templates need more similarity and more support.
    // capped: the last resort after every split, a union past MaxSize is refused.
    // organizations: what each complaint names (ComplaintFacts.Organizations), where known.
    public static CohesiveGrowth Run(int count, IReadOnlyList<(int A, int B, ClusterLink Link)> links, ClusterOptions options, int strictness, bool capped,
        Func<int, IReadOnlySet<string>?>? organizations = null)
    {
        var growth = new CohesiveGrowth(count, options, strictness);
        if (organizations is not null)
            for (var i = 0; i < count; i++)
                if (organizations(i) is { Count: > 0 } named)
                    growth._organizations[i] = new HashSet<string>(named, StringComparer.Ordinal);
        foreach (var (a, b, link) in links.Where(l => l.Link.Kind != ClusterLinkKind.Complainant))
            growth.Cross(a, b, link, capped);
        foreach (var (a, b, _) in links.Where(l => l.Link.Kind == ClusterLinkKind.Complainant))
            growth.SamePerson(a, b, capped);
        return growth;
    }

    public int Find(int item) => _sets.Find(item);

    public int SizeOf(int item) => _sets.SizeOf(item);

    private void Cross(int a, int b, ClusterLink link, bool capped)
    {
        var (ra, rb) = (_sets.Find(a), _sets.Find(b));
        if (ra == rb)
            return;
        var template = link.Kind == ClusterLinkKind.Template;
        if (template && link.Strength < _options.SplitSimilarity(_strictness))
            return;
        if (!_options.CanJoin(link, _sets.SizeOf(ra), _sets.SizeOf(rb)))
            return;
        if (template && ClusterOptions.BehindOtherOrganizations(_organizations[ra], _organizations[rb]))
            return;
        if (template)
        {
            if (!_pairs.Add(a < b ? (long)a << 32 | (uint)b : (long)b << 32 | (uint)a))
                return;
            var support = Add(ra, rb);
            if (support < _options.RequiredSupport(_sets.SizeOf(ra), _sets.SizeOf(rb), _strictness))
                return;
        }
        Union(ra, rb, mixed: true, capped);
    }

    private void SamePerson(int a, int b, bool capped)
    {
        var (ra, rb) = (_sets.Find(a), _sets.Find(b));
        if (ra == rb || (_mixed[ra] && _mixed[rb]))
            return;
        Union(ra, rb, mixed: false, capped);
    }

    private int Add(int ra, int rb)
    {
        var count = Increment(ra, rb, 1);
        Increment(rb, ra, 1);
        return count;
    }

    private int Increment(int root, int other, int by)
    {
        var map = _support[root] ??= [];
        var count = map.GetValueOrDefault(other) + by;
        map[other] = count;
        return count;
    }

    private void Union(int ra, int rb, bool mixed, bool capped)
    {
        if (capped && _sets.SizeOf(ra) + _sets.SizeOf(rb) > _options.MaxSize)
        {
            Refused++;
            return;
        }
        _sets.Union(ra, rb);
        var root = _sets.Find(ra);
        var absorbed = root == ra ? rb : ra;
        _mixed[root] = mixed || _mixed[ra] || _mixed[rb];
        // The support between the absorbed component and the others now counts for the union.
        if (_support[absorbed] is { } moved)
        {
            foreach (var (other, count) in moved)
            {
                var theirs = _support[other]!;
                theirs.Remove(absorbed);
                if (other == root)
                    continue;
                Increment(root, other, count);
                Increment(other, root, count);
            }
            _support[absorbed] = null;
        }
        _support[root]?.Remove(absorbed);
        if (_organizations[absorbed] is { } organizations)
        {
            (_organizations[root] ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(organizations);
            _organizations[absorbed] = null;
        }
    }
}
