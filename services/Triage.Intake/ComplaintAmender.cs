using Dapper;
using Triage.Complaints;
using Triage.Complaints.Evidence;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Intake;

// A desk's amendment of a complaint not yet answered, in one transaction: the version it replaces is kept, the personal
// data is sealed again with the new text, the text evidence is replaced, the audit entry written, and the complaint
// goes through scoring and routing again (status received, ComplaintReceived in the outbox). It keeps its route until
// routing decides again; identifiers cannot be amended, so their hashes stay as they are.
public sealed class ComplaintAmender(
    Database database, PersonalDataProtector protector, SqlNearDuplicateIndex index, IndexedTextEvidence text, OutboxSignal outboxSignal, TimeProvider clock)
{
    // When the reconciler may re-drive the complaint if scoring and routing have not finished with it by then.
    public static readonly TimeSpan RedriveAfter = TimeSpan.FromMinutes(2);

    public async Task<AmendmentOutcome> AmendAsync(Guid id, Amendment amendment, string actor, CancellationToken cancellationToken)
    {
        var outcome = await database.Resilience.ExecuteAsync(async ct =>
        {
            await using var connection = await database.OpenAsync(ct);
            await using var transaction = await database.BeginWriteAsync(connection, ct);
            var row = await connection.QuerySingleOrDefaultAsync<ComplaintRow>(
                new CommandDefinition($"""
                 SELECT id, external_id, channel, received_at, status, category,
                     representative_relation, personal
                 FROM complaints WHERE id = @id {database.Dialect.ForUpdate}
                 """,
                new { id }, transaction, cancellationToken: ct));
            if (row is null)
                return AmendmentOutcome.NotFound;
            if (!ComplaintVocabulary.Amendable.Contains(row.Status))
                return AmendmentOutcome.Answered;

            var personal = ComplaintPersonalData.Open(protector, row.Personal);
            var amended = personal with { Text = amendment.Text ?? personal.Text };
            var category = amendment.SetsCategory ? amendment.Category : row.Category;
            var fields = new (string Field, bool Changed)[] { ("text", amended.Text != personal.Text), ("category", category != row.Category) }
                .Where(f => f.Changed).Select(f => f.Field).ToList();
            if (fields.Count == 0)
                return AmendmentOutcome.Unchanged;

            var now = clock.GetUtcNow();
            var version = await connection.QuerySingleAsync<int>(
                new CommandDefinition("""
                INSERT INTO complaint_versions (complaint_id, version, personal, category, amended_by, amended_at)
                SELECT @Id, COALESCE(MAX(version), 0) + 1, @Personal, @Category, @Actor, @Now FROM complaint_versions WHERE complaint_id = @Id
                RETURNING version
                """,
                new { row.Id, row.Personal, row.Category, Actor = actor, Now = now }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition("UPDATE complaints SET personal = @Personal, category = @Category WHERE id = @Id",
                new { row.Id, Personal = amended.Seal(protector), Category = category }, transaction, cancellationToken: ct));
            if (amended.Text != personal.Text)
            {
                var identifiers = await ComplaintFactsReader.IdentifiersAsync(connection, transaction, row.Id, protector.MatchingKeyId, ct);
                var facts = new ComplaintFacts(row.Id, row.ExternalId, row.ReceivedAt, row.Channel, category, amended.Text, row.RepresentativeRelation,
                    LawFirms.Named(amended.Representative?.Organization), identifiers);
                await index.ReplaceAsync(connection, transaction, row.Id, text.EntryFor(facts), ct);
            }
            await AuditLog.RecordAsync(connection, transaction, now, actor, "amend-complaint", $"complaint:{row.Id}",
                $"amended {string.Join(", ", fields)}; the earlier version is kept as version {version}", ct);
            await ComplaintRequeue.SendAsync(connection, transaction, new ComplaintReceived(row.Id, row.ExternalId, row.Channel, row.ReceivedAt), now + RedriveAfter, clock, ct);
            await transaction.CommitAsync(ct);
            return AmendmentOutcome.Amended;
        }, cancellationToken);

        if (outcome == AmendmentOutcome.Amended)
        {
            outboxSignal.Notify();
            IntakeMetrics.ComplaintsAmended.Add(1);
        }
        return outcome;
    }
}
