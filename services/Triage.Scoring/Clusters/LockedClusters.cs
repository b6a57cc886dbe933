using System.Data.Common;
using Dapper;
using Triage.Complaints;
using Triage.Signals.Clusters;
using Triage.Storage;

namespace Triage.Scoring.Clusters;

// The clusters a transaction holds the locks of, read once and changed in memory: every member of each (its cluster,
// score, arrival and whether it has a link to another person), every locked lone complaint, and each cluster's row.
// ClusterAssigner applies its rules to it one complaint after another, and it is written back at the end: new cluster
// rows (NewClusters), changed clusters' figures, flags and merges (ClusterUpdates), moved members and accepted links.
internal sealed class LockedClusters
{
    private readonly Dictionary<Guid, Member> _members;
    private readonly Dictionary<string, Cluster> _clusters;
    private readonly Dictionary<(Guid, Guid, ClusterLinkKind), ClusterLink> _links = [];
    private int _created;

    private LockedClusters(Dictionary<Guid, Member> members, Dictionary<string, Cluster> clusters)
    {
        _members = members;
        _clusters = clusters;
    }

    public bool Changed => _clusters.Values.Any(c => c.Changed);

    // Only what the caller has locked: the complaints of `locked` and the clusters they belong to, whole, read by one
    // index probe per id and per cluster (SqlDialect.EachOf). Whether a member links to another person is a scalar
    // subquery with LIMIT, one probe of the links' key per member: written as EXISTS, PostgreSQL chose a hashed subplan
    // over a scan of every link row for the few hundred members of a batch (docs/benchmarks.md, "Plans that do not
    // depend on statistics").
    private const string MemberColumns = """
        c.id, c.triage_cluster_id AS cluster_id, c.triage_score AS score, c.received_at,
        CASE WHEN (SELECT 1 FROM cluster_links l WHERE l.complaint_id = c.id AND l.kind <> 'Complainant' LIMIT 1) IS NULL THEN 0 ELSE 1 END AS mixed
        """;

    public static async Task<LockedClusters> ReadAsync(DbConnection connection, DbTransaction transaction, Database database,
        IReadOnlyDictionary<Guid, string?> locked, CancellationToken cancellationToken)
    {
        var clusterIds = locked.Values.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Dictionary<Guid, Member> members;
        Dictionary<string, Cluster> clusters;
        await using (var reader = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
             {database.Dialect.EachOf(MemberColumns, "complaints c", "c.id", "@Ids")}
             UNION
             {database.Dialect.EachOf(MemberColumns, "complaints c", "c.triage_cluster_id", "@Clusters")};
             SELECT id, status, suspect, size, risk, first_seen, last_seen, created_at, updated_at, flagged_at, merged_into
             FROM clusters WHERE {database.Dialect.InList("id", "@Clusters")};
             """,
            new { Ids = database.Dialect.Uuids(locked.Keys), Clusters = database.Dialect.List(clusterIds) }, transaction, cancellationToken: cancellationToken)))
        {
            members = (await reader.ReadAsync<MemberRow>()).ToDictionary(r => r.Id, r => new Member(r.Id, r.ClusterId, r.Score, r.ReceivedAt, r.Mixed));
            clusters = (await reader.ReadAsync<ClusterRow>()).ToDictionary(r => r.Id, r => new Cluster(r), StringComparer.Ordinal);
        }
        // The organisations, by the members' ids once they are known, one index probe each: joined to the members'
        // condition in one statement, PostgreSQL scanned every identifier row of the table for the rare kind (72-105 ms a
        // batch inside the cluster locks under load; docs/benchmarks.md, "The organisations of locked clusters").
        var organizations = members.Count == 0 ? [] : await connection.QueryAsync<OrganizationRow>(new CommandDefinition(
            database.Dialect.EachOf("complaint_id, identifier_hash AS hash", "complaint_identifiers", "complaint_id", "@Members", "kind = 'Organization'"),
            new { Members = database.Dialect.Uuids(members.Keys) }, transaction, cancellationToken: cancellationToken));
        foreach (var named in organizations)
            if (members.TryGetValue(named.ComplaintId, out var member))
                member.Organizations.Add(Convert.ToHexString(named.Hash));
        foreach (var member in members.Values)
            if (member.ClusterId is { } id && clusters.TryGetValue(id, out var cluster))
            {
                cluster.Members.Add(member.Id);
                cluster.Mixed |= member.Mixed;
                cluster.Organizations.UnionWith(member.Organizations);
            }
        return new LockedClusters(members, clusters);
    }

    public bool Exists(Guid complaintId) => _members.ContainsKey(complaintId);

    // A complaint's part: its cluster, or the complaint alone (ClusterLocks' key for it).
    public string Component(Guid complaintId) =>
        _members.GetValueOrDefault(complaintId)?.ClusterId is { } c ? c : ClusterLocks.ForComplaint(complaintId);

    public Cluster? ClusterOf(string component) => _clusters.GetValueOrDefault(component);

    // The stored size until the cluster is refreshed here, then its members: what the store would answer.
    public int SizeOf(string component) => _clusters.TryGetValue(component, out var c) ? c.Size : 1;

    // The organisations (keyed hashes) its members name: ClusterOptions.BehindOtherOrganizations.
    public IReadOnlySet<string> Organizations(string component) =>
        _clusters.TryGetValue(component, out var cluster) ? cluster.Organizations
        : ClusterLocks.ComplaintOf(component) is { } lone && _members.TryGetValue(lone, out var member) ? member.Organizations
        : NoOrganizations;

    private static readonly IReadOnlySet<string> NoOrganizations = new HashSet<string>();

    public bool Dismissed(string component) => _clusters.TryGetValue(component, out var c) && c.Status == ClusterStatus.Dismissed;

    // Clusters that hold more than one person (a member has a link of another kind than Complainant); a lone
    // complaint never counts, as ClusterAssigner's rules have it.
    public bool Mixed(string component) => _clusters.TryGetValue(component, out var c) && c.Mixed;

    // The claim wrote the complaint's score: from now on it counts in its cluster's risk.
    public void Score(Guid complaintId, double score)
    {
        if (_members.TryGetValue(complaintId, out var member))
            member.Score = score;
    }

    // Before its turn a complaint of the batch is still unscored, as it was in the store before the batch's claim.
    public void Unscore(Guid complaintId)
    {
        if (_members.TryGetValue(complaintId, out var member))
            member.Score = null;
    }

    // New clusters of one transaction keep the order they were created in (the oldest survives a merge), also for
    // later transactions: each is a microsecond younger than the one before.
    public Cluster Create(DateTimeOffset now)
    {
        var cluster = new Cluster(NewClusters.NewId(), now.AddTicks(10 * _created++)) { Changed = true };
        _clusters[cluster.Id] = cluster;
        return cluster;
    }

    public void Join(Cluster survivor, Guid complaintId)
    {
        var member = _members[complaintId];
        member.ClusterId = survivor.Id;
        survivor.Members.Add(complaintId);
        survivor.Mixed |= member.Mixed;
        survivor.Organizations.UnionWith(member.Organizations);
    }

    public void Merge(Cluster survivor, Cluster absorbed)
    {
        foreach (var id in absorbed.Members)
        {
            _members[id].ClusterId = survivor.Id;
            survivor.Members.Add(id);
        }
        absorbed.Members.Clear();
        survivor.Mixed |= absorbed.Mixed;
        survivor.Organizations.UnionWith(absorbed.Organizations);
        absorbed.MergedInto = survivor.Id;
        absorbed.Size = 0;
        absorbed.Changed = true;
    }

    public void Link(Cluster cluster, IEnumerable<ClusterLink> links)
    {
        foreach (var link in links)
        {
            _links.TryAdd((link.From, link.To, link.Kind), link);
            if (link.Kind != ClusterLinkKind.Complainant && _members.TryGetValue(link.From, out var from))
            {
                from.Mixed = true;
                if (from.ClusterId == cluster.Id)
                    cluster.Mixed = true;
            }
        }
    }

    // ClusterFigures from the members as they now stand: how many, the mean of their scores, the first and last arrival.
    public (int Size, double Risk, DateTimeOffset First, DateTimeOffset Last) Figures(Cluster cluster)
    {
        var members = cluster.Members.Select(id => _members[id]).ToList();
        return (members.Count, ClusterRisk.From(members.Where(m => m.Score is not null).Select(m => m.Score!.Value)),
            members.Min(m => m.ReceivedAt), members.Max(m => m.ReceivedAt));
    }

    // New cluster rows (NewClusters), every changed cluster's figures, flag, status and merge (ClusterUpdates, the one
    // writer of them), then in one command the moved members and the accepted links.
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, Database database, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clusters = _clusters.Values.Where(c => c.Changed).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var moved = _members.Values.Where(m => m.ClusterId != m.StoredClusterId).OrderBy(m => m.Id).ToList();
        var links = _links.Values.ToList();
        await NewClusters.CreateAsync(connection, transaction, database.Dialect, clusters.Where(c => c.IsNew).Select(c => (c.Id, c.CreatedAt)).ToList(),
            cancellationToken);
        await ClusterUpdates.WriteAsync(connection, transaction, database.Dialect,
            clusters.Select(c => new ClusterUpdate(c.Id, c.Size, c.Risk, c.Suspect, c.First.ToUniversalTime(), c.Last.ToUniversalTime(), c.MergedInto, c.Status))
                .ToList(), now, cancellationToken);
        if (moved.Count == 0 && links.Count == 0)
            return;
        const string linkColumns = "complaint_id, linked_complaint_id, kind, strength, identifier_hash, created_at";
        if (database.Provider == StorageProvider.Postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                 UPDATE complaints AS c SET triage_cluster_id = m.cluster FROM unnest(@Members, @MemberClusters) AS m(id, cluster) WHERE c.id = m.id;
                 INSERT INTO cluster_links ({linkColumns})
                 SELECT l.complaint_id, l.linked_complaint_id, l.kind, l.strength, l.identifier_hash, @Now
                 FROM unnest(@From, @To, @Kinds, @Strengths, @Hashes) AS l (complaint_id, linked_complaint_id, kind, strength, identifier_hash)
                 ON CONFLICT DO NOTHING;
                 """,
                new
                {
                    Members = moved.Select(m => m.Id).ToArray(), MemberClusters = moved.Select(m => m.ClusterId).ToArray(),
                    From = links.Select(l => l.From).ToArray(), To = links.Select(l => l.To).ToArray(), Kinds = links.Select(l => l.Kind.ToString()).ToArray(),
                    Strengths = links.Select(l => l.Strength).ToArray(),
                    Hashes = links.Select(l => l.IdentifierHash is { } h ? Convert.FromHexString(h) : null).ToArray(),
                    Now = now,
                },
                transaction, cancellationToken: cancellationToken));
            return;
        }
        // SQLite: a statement costs no round trip, so row by row.
        await connection.ExecuteAsync(new CommandDefinition("UPDATE complaints SET triage_cluster_id = @ClusterId WHERE id = @Id",
            moved.Select(m => new { m.Id, m.ClusterId }), transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO cluster_links ({linkColumns}) VALUES (@From, @To, @Kind, @Strength, @Hash, @Now) ON CONFLICT DO NOTHING",
            links.Select(l => new
            {
                l.From, l.To, Kind = l.Kind.ToString(), l.Strength, Hash = l.IdentifierHash is { } h ? Convert.FromHexString(h) : null, Now = now,
            }), transaction, cancellationToken: cancellationToken));
    }

    internal sealed class Cluster
    {
        public Cluster(ClusterRow row)
        {
            Id = row.Id;
            Status = row.Status;
            Suspect = row.Suspect;
            Size = row.Size;
            Risk = row.Risk;
            First = row.FirstSeen;
            Last = row.LastSeen;
            CreatedAt = row.CreatedAt;
            MergedInto = row.MergedInto;
        }

        // As NewClusters creates one: open, unflagged, empty until its figures are written.
        public Cluster(string id, DateTimeOffset now)
        {
            Id = id;
            IsNew = true;
            Status = ClusterStatus.Open;
            First = Last = CreatedAt = now;
        }

        public string Id { get; }
        public bool IsNew { get; }
        public string Status { get; set; }
        public bool Suspect { get; set; }
        public int Size { get; set; }
        public double Risk { get; set; }
        public DateTimeOffset First { get; set; }
        public DateTimeOffset Last { get; set; }
        public DateTimeOffset CreatedAt { get; }
        public string? MergedInto { get; set; }
        public HashSet<Guid> Members { get; } = [];
        public bool Mixed { get; set; }
        public HashSet<string> Organizations { get; } = new(StringComparer.Ordinal);
        public bool Changed { get; set; }
    }

    private sealed class Member(Guid id, string? clusterId, double? score, DateTimeOffset receivedAt, bool mixed)
    {
        public Guid Id { get; } = id;
        public string? StoredClusterId { get; } = clusterId;
        public string? ClusterId { get; set; } = clusterId;
        public double? Score { get; set; } = score;
        public DateTimeOffset ReceivedAt { get; } = receivedAt;
        public bool Mixed { get; set; } = mixed;
        public HashSet<string> Organizations { get; } = new(StringComparer.Ordinal);
    }

    private sealed class MemberRow
    {
        public Guid Id { get; init; }
        public string? ClusterId { get; init; }
        public double? Score { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public bool Mixed { get; init; }
    }

    private sealed class OrganizationRow
    {
        public Guid ComplaintId { get; init; }
        public byte[] Hash { get; init; } = [];
    }
}
