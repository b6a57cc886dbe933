namespace Triage.Signals.Clusters;

public sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Find(int item)
    {
        var root = item;
        while (_parent[root] != root)
            root = _parent[root];
        while (_parent[item] != root)
            (item, _parent[item]) = (_parent[item], root);
        return root;
    }

    public int SizeOf(int item) => _size[Find(item)];

    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
            return false;
        if (_size[ra] < _size[rb])
            (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        _size[ra] += _size[rb];
        return true;
    }
}
