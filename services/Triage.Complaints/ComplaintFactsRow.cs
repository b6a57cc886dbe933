using System.Collections.Frozen;
using Triage.Signals;
using Triage.Storage;

namespace Triage.Complaints;

// What the signals need of a stored complaint, read in bulk (the batch scorer, the nightly rescoring): the sealed
// personal data holds the text, the status says whether it still waits for a score.
public sealed class ComplaintFactsRow
{
    public const string Columns = "id, external_id, received_at, channel, category, representative_relation, personal, status";

    public Guid Id { get; init; }
    public string? ExternalId { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string Channel { get; init; } = "";
    public string? Category { get; init; }
    public string? RepresentativeRelation { get; init; }
    public byte[] Personal { get; init; } = [];
    public string Status { get; init; } = "";

    // Opens the sealed personal data for what the signals read of it (ComplaintPersonalData.OpenForSignals).
    public ComplaintFacts ToFacts(PersonalDataProtector protector, IReadOnlyList<Identifier> identifiers)
    {
        var (text, lawFirm) = ComplaintPersonalData.OpenForSignals(protector, Personal);
        return new(Id, ExternalId, ReceivedAt, Channel, Category, text, RepresentativeRelation, lawFirm, identifiers);
    }
}

// One of a complaint's stored identifiers (complaint_identifiers), keyed-hashed.
public sealed class StoredIdentifierRow
{
    private static readonly FrozenDictionary<string, IdentifierKind> Kinds = Enum.GetValues<IdentifierKind>().ToFrozenDictionary(k => k.ToString());

    public Guid ComplaintId { get; init; }
    public byte[] Hash { get; init; } = [];
    public string Kind { get; init; } = "";

    public Identifier ToIdentifier() => new(Kinds.TryGetValue(Kind, out var kind) ? kind : Enum.Parse<IdentifierKind>(Kind), Convert.ToHexString(Hash));
}
