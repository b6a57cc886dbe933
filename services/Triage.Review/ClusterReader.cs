using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Triage.Complaints;
using Triage.Routing;
using Triage.Signals;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Review;

// What analysts see of clusters: ranked summaries and the full picture of one, every identifier masked.
public sealed class ClusterReader(Database database, PersonalDataProtector protector, INearDuplicateIndex index)
{
    private const int SummaryIndicators = 3;

    public async Task<(IReadOnlyList<ClusterSummary> Items, ClusterCursor? Next)> ListAsync(string? status, int minSize, int take, ClusterCursor? after,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ClusterRow>(
            new CommandDefinition($"""
             SELECT {Columns} FROM clusters
             WHERE suspect = 1 AND merged_into IS NULL AND (@Status IS NULL OR status = @Status) AND size >= @MinSize
               AND (@AfterId IS NULL OR risk < @AfterRisk OR (risk = @AfterRisk AND id > @AfterId))
             ORDER BY risk DESC, id LIMIT @Limit
             """,
            new { Status = status, MinSize = minSize, AfterRisk = after?.Risk ?? 0, AfterId = after?.Id, Limit = take + 1 }, cancellationToken: cancellationToken))).ToList();
        var items = await SummariesAsync(connection, rows.Take(take).ToList(), SummaryIndicators, cancellationToken);
        return (items, rows.Count > take ? new ClusterCursor(rows[take - 1].Risk, rows[take - 1].Id) : null);
    }

    public async Task<ClusterRow?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ClusterRow>(new CommandDefinition($"SELECT {Columns} FROM clusters WHERE id = @Id",
            new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<ClusterDetail?> DetailAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClusterRow>(new CommandDefinition($"SELECT {Columns} FROM clusters WHERE id = @Id",
            new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
            return null;
        var summary = (await SummariesAsync(connection, [row], int.MaxValue, cancellationToken))[0];
        var members = (await connection.QueryAsync<ComplaintRow>(
            new CommandDefinition("""
            SELECT id, external_id, channel, received_at, received_offset_minutes,
                   status, category, personal, triage_score, triage_suspect,
                   route_destination, route_reason, routed_at
            FROM complaints WHERE triage_cluster_id = @Id ORDER BY received_at, id
            """, new { Id = id }, cancellationToken: cancellationToken))).ToList();
        var opened = members.Select(m => (Row: m, Personal: ComplaintPersonalData.Open(protector, m.Personal))).ToList();
        var memberViews = opened.Select(m => new MemberView(m.Row.Id, m.Row.ExternalId, LocalTime(m.Row), m.Row.Channel, m.Row.Category,
            IndicatorValues.Name(m.Personal.Complainant.Name ?? ""), m.Row.TriageScore, m.Row.TriageSuspect, m.Row.Status,
            m.Row.RouteDestination is null ? null : new RouteSummary(m.Row.RouteDestination, m.Row.RoutedAt, m.Row.RouteReason))).ToList();
        var timeline = memberViews.GroupBy(m => m.ReceivedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new TimelineDay(g.Key, g.Count())).ToList();
        var template = await TemplateAsync(connection, row, opened.ToDictionary(m => m.Row.Id, m => m.Personal), cancellationToken);
        var verdicts = (await connection.QueryAsync<VerdictRow>(
            new CommandDefinition("SELECT verdict, note, decided_by, decided_at FROM cluster_verdicts WHERE cluster_id = @Id ORDER BY id",
            new { Id = id }, cancellationToken: cancellationToken))).Select(v => new VerdictView(v.Verdict, v.Note, v.DecidedBy, v.DecidedAt)).ToList();
        var merges = (await connection.QueryAsync<MergeRow>(
            new CommandDefinition("SELECT merged_cluster_id AS ClusterId, merged_at FROM cluster_merges WHERE cluster_id = @Id ORDER BY merged_at",
            new { Id = id }, cancellationToken: cancellationToken))).Select(m => new MergeView(m.ClusterId, m.MergedAt)).ToList();
        return new ClusterDetail(summary.Id, summary.Status, summary.Suspect, summary.Size, summary.Risk, summary.FirstSeen, summary.LastSeen,
            summary.FlaggedAt, summary.Indicators, summary.SampleText, memberViews, timeline, template, verdicts, merges);
    }

    private const string Columns =
        "id, status, suspect, size, risk, first_seen, last_seen, flagged_at, merged_into";

    // A page of summaries in three queries, whatever its length: each cluster's first member (its sample), the
    // indicator counts, and one holder of each identifier shown, to mask its value.
    private async Task<IReadOnlyList<ClusterSummary>> SummariesAsync(DbConnection connection, IReadOnlyList<ClusterRow> rows, int indicatorLimit,
        CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return [];
        var ids = rows.Select(r => r.Id).ToList();
        var samples = (await connection.QueryAsync<ClusterMember>(new CommandDefinition(
                $"""
                SELECT x.Cluster, x.Personal FROM (
                    SELECT triage_cluster_id AS Cluster, personal,
                           ROW_NUMBER() OVER (PARTITION BY triage_cluster_id ORDER BY received_at, id) AS n
                    FROM complaints WHERE {database.Dialect.InList("triage_cluster_id", "@Ids")}) x
                WHERE x.n = 1
                """, new { Ids = database.Dialect.List(ids) }, cancellationToken: cancellationToken)))
            .ToDictionary(s => s.Cluster, s => Masking.Text(ComplaintPersonalData.Open(protector, s.Personal).Text));
        var counts = await ClusterIndicators.CountManyAsync(connection, database.Dialect, ids, cancellationToken: cancellationToken);
        var shown = rows.ToDictionary(r => r.Id, r => (counts.GetValueOrDefault(r.Id) ?? []).Take(indicatorLimit).ToList());
        var values = await IdentifierValuesAsync(connection, shown, cancellationToken);
        return rows.Select(row =>
        {
            var sampleText = samples.GetValueOrDefault(row.Id) ?? "";
            var indicators = shown[row.Id].Select(group => new IndicatorView(JsonNamingPolicy.CamelCase.ConvertName(group.Kind),
                group.Hash is null ? IndicatorValues.Excerpt(sampleText) : values.GetValueOrDefault((row.Id, Convert.ToHexString(group.Hash))) ?? "",
                (int)group.Complaints)).ToList();
            return new ClusterSummary(row.Id, row.Status, row.Suspect, row.Size, row.Risk, row.FirstSeen, row.LastSeen, row.FlaggedAt, indicators, sampleText);
        }).ToList();
    }

    // The masked value of each identifier shown, from its first holder in the cluster.
    private async Task<Dictionary<(string Cluster, string Hash), string>> IdentifierValuesAsync(DbConnection connection,
        Dictionary<string, List<ClusterIndicators.Count>> shown, CancellationToken cancellationToken)
    {
        var wanted = shown.SelectMany(s => s.Value.Where(c => c.Hash is not null).Select(c => (Cluster: s.Key, Hash: c.Hash!))).ToList();
        if (wanted.Count == 0)
            return [];
        var holders = await connection.QueryAsync<IdentifierHolder>(new CommandDefinition(
            $"""
            SELECT x.Cluster, x.Hash, x.Kind, x.Personal FROM (
                SELECT c.triage_cluster_id AS Cluster, ci.identifier_hash AS Hash, ci.kind, c.personal,
                       ROW_NUMBER() OVER (PARTITION BY c.triage_cluster_id, ci.identifier_hash ORDER BY c.received_at, c.id) AS n
                FROM complaint_identifiers ci JOIN complaints c ON c.id = ci.complaint_id
                WHERE {database.Dialect.InList("c.triage_cluster_id", "@Clusters")} AND {database.Dialect.InBytes("ci.identifier_hash", "@Hashes")}) x
            WHERE x.n = 1
            """,
            new { Clusters = database.Dialect.List(wanted.Select(w => w.Cluster).Distinct()), Hashes = database.Dialect.ByteList(wanted.Select(w => w.Hash).DistinctBy(Convert.ToHexString)) },
            cancellationToken: cancellationToken));
        var keys = wanted.Select(w => (w.Cluster, Convert.ToHexString(w.Hash))).ToHashSet();
        return holders.Select(h => (Key: (h.Cluster, Convert.ToHexString(h.Hash)), h))
            .Where(h => keys.Contains(h.Key))
            .ToDictionary(h => h.Key, h => IndicatorValues.Masked(Enum.Parse<IdentifierKind>(h.h.Kind), ComplaintPersonalData.Open(protector, h.h.Personal)));
    }

    // The member most often linked by its text stands for the template; its shared wording with the others is highlighted.
    private async Task<TemplateView?> TemplateAsync(DbConnection connection, ClusterRow row, Dictionary<Guid, ComplaintPersonalData> members,
        CancellationToken cancellationToken)
    {
        var central = await connection.QueryFirstOrDefaultAsync<Guid?>(
            new CommandDefinition("""
            SELECT x.complaint FROM (
                SELECT l.complaint_id AS complaint FROM cluster_links l JOIN complaints c ON c.id = l.complaint_id
                WHERE c.triage_cluster_id = @Id AND l.kind = 'Template'
                UNION ALL
                SELECT l.linked_complaint_id AS complaint FROM cluster_links l JOIN complaints c ON c.id = l.complaint_id
                WHERE c.triage_cluster_id = @Id AND l.kind = 'Template'
            ) x GROUP BY x.complaint ORDER BY COUNT(*) DESC, x.complaint LIMIT 1
            """, new { row.Id }, cancellationToken: cancellationToken));
        if (central is not { } id || !members.TryGetValue(id, out var personal))
            return null;
        var spans = new List<TextSpan>();
        if (TextFingerprinter.Default.Fingerprint(personal.Text) is { } fingerprint)
        {
            var neighbours = await index.QueryAsync(new NearDuplicateQuery(fingerprint, null, row.FirstSeen.AddDays(-1), row.LastSeen.AddDays(1), Limit: 500, WithSpans: true),
                cancellationToken);
            spans = Merge(neighbours.Where(n => n.ComplaintId != id && members.ContainsKey(n.ComplaintId)).SelectMany(n => n.Spans));
        }
        return new TemplateView(id, Masking.Text(personal.Text), spans.Select(s => new SpanView(s.Start, s.Length)).ToList());
    }

    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End) - merged[^1].Start);
            else
                merged.Add(span);
        }
        return merged;
    }

    private static DateTimeOffset LocalTime(ComplaintRow row) => row.ReceivedAt.ToOffset(TimeSpan.FromMinutes(row.ReceivedOffsetMinutes));

    private sealed class ClusterMember
    {
        public string Cluster { get; init; } = "";
        public byte[] Personal { get; init; } = [];
    }

    private sealed class IdentifierHolder
    {
        public string Cluster { get; init; } = "";
        public byte[] Hash { get; init; } = [];
        public string Kind { get; init; } = "";
        public byte[] Personal { get; init; } = [];
    }

    private sealed class VerdictRow
    {
        public string Verdict { get; init; } = "";
        public string? Note { get; init; }
        public string DecidedBy { get; init; } = "";
        public DateTimeOffset DecidedAt { get; init; }
    }

    private sealed class MergeRow
    {
        public string ClusterId { get; init; } = "";
        public DateTimeOffset MergedAt { get; init; }
    }
}
