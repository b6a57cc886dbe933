using System.Text.Json;
using Dapper;
using Triage.Intake;
using Triage.Signals;
using Triage.Storage;

namespace Triage.Rescoring;

// Complaints of a time range as the signals see them, read in bulk: two streaming queries, the sealed texts opened
// in memory.
public sealed class StoredComplaints(Database database, PersonalDataProtector protector)
{
    public async Task<List<ComplaintFacts>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var identifiers = new Dictionary<Guid, List<Identifier>>();
        var identifierRows = await connection.QueryAsync<IdentifierRow>(
            "SELECT complaint_id AS ComplaintId, identifier_hash AS Hash, kind AS Kind FROM complaint_identifiers WHERE received_at >= @From AND received_at <= @To",
            new { From = from, To = to });
        foreach (var row in identifierRows)
        {
            if (!identifiers.TryGetValue(row.ComplaintId, out var list))
                identifiers[row.ComplaintId] = list = [];
            list.Add(new Identifier(Enum.Parse<IdentifierKind>(row.Kind), Convert.ToHexString(row.Hash)));
        }
        var rows = (await connection.QueryAsync<FactsRow>(
            """
            SELECT id AS Id, external_id AS ExternalId, received_at AS ReceivedAt, channel AS Channel, category AS Category,
                   representative_relation AS RepresentativeRelation, personal AS Personal
            FROM complaints WHERE received_at >= @From AND received_at <= @To ORDER BY received_at, id
            """,
            new { From = from, To = to })).AsList();
        // Opening the sealed data is the costly part: in parallel, keeping the order.
        var complaints = new ComplaintFacts[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var row = rows[i];
            var text = JsonSerializer.Deserialize<ComplaintPersonalData>(protector.Open(row.Personal), PersonalDataJson.Options)!.Text;
            complaints[i] = new ComplaintFacts(row.Id, row.ExternalId, row.ReceivedAt, row.Channel, row.Category, text, row.RepresentativeRelation,
                identifiers.GetValueOrDefault(row.Id) ?? []);
        });
        return complaints.ToList();
    }

    private sealed class IdentifierRow
    {
        public Guid ComplaintId { get; init; }
        public byte[] Hash { get; init; } = [];
        public string Kind { get; init; } = "";
    }

    private sealed class FactsRow
    {
        public Guid Id { get; init; }
        public string? ExternalId { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public string Channel { get; init; } = "";
        public string? Category { get; init; }
        public string? RepresentativeRelation { get; init; }
        public byte[] Personal { get; init; } = [];
    }
}
