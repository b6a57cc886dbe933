using System.Data.Common;
using Dapper;
using Triage.Signals;
using Triage.Storage;

namespace Triage.Complaints;

// A stored complaint as the signals see it: the sealed text opened in memory, identifiers as keyed hashes.
public sealed class ComplaintFactsReader(Database database, PersonalDataProtector protector)
{
    public async Task<ComplaintFacts?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await ComplaintRows.GetAsync(database, id, cancellationToken);
        if (row is null)
            return null;
        var (text, lawFirm) = ComplaintPersonalData.OpenForSignals(protector, row.Personal);
        await using var connection = await database.OpenAsync(cancellationToken);
        return new ComplaintFacts(row.Id, row.ExternalId, row.ReceivedAt, row.Channel, row.Category, text, row.RepresentativeRelation, lawFirm,
            await IdentifiersAsync(connection, null, id, protector.MatchingKeyId, cancellationToken));
    }

    public static async Task<IReadOnlyList<Identifier>> IdentifiersAsync(DbConnection connection, DbTransaction? transaction, Guid id, string keyId, CancellationToken cancellationToken)
    {
        var identifiers = await connection.QueryAsync<StoredIdentifierRow>(
            new CommandDefinition("SELECT identifier_hash AS Hash, kind FROM complaint_identifiers WHERE complaint_id = @id AND key_id = @keyId",
                new { id, keyId }, transaction, cancellationToken: cancellationToken));
        return identifiers.Select(i => i.ToIdentifier()).ToList();
    }

    // The identifiers of many complaints in one query, under the matching key only: during a key rotation each
    // identifier is stored once per key.
    public static async Task<IReadOnlyList<StoredIdentifierRow>> IdentifiersAsync(DbConnection connection, Database database, IReadOnlyCollection<Guid> ids,
        string keyId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<StoredIdentifierRow>(new CommandDefinition(
            database.Dialect.EachOf("complaint_id, identifier_hash AS Hash, kind", "complaint_identifiers", "complaint_id", "@Ids", "key_id = @KeyId"),
            new { Ids = database.Dialect.Uuids(ids), KeyId = keyId }, cancellationToken: cancellationToken))).ToList();
}
