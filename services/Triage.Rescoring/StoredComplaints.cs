using System.Threading.Channels;
using Dapper;
using Triage.Complaints;
using Triage.Signals;
using Triage.Storage;

namespace Triage.Rescoring;

// Complaints of a time range as the signals see them, streamed: the identifiers first, then the complaints row by row
// into workers that open the sealed texts and hand each complaint on while the database is still sending the rest.
public sealed class StoredComplaints(Database database, PersonalDataProtector protector)
{
    private const int Pending = 8_192;

    public async Task<IReadOnlyList<ComplaintFacts>> ReadAsync(DateTimeOffset from, DateTimeOffset to, Func<ComplaintFacts, CancellationToken, ValueTask> onEach,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var identifiers = await IdentifiersAsync(connection, from, to, protector.MatchingKeyId, cancellationToken);
        var rows = Channel.CreateBounded<ComplaintFactsRow>(new BoundedChannelOptions(Pending) { SingleWriter = true });
        // A failing worker stops the reader too, so that neither waits on the other.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var complaints = new List<ComplaintFacts>[Environment.ProcessorCount];
        var workers = Enumerable.Range(0, complaints.Length).Select(w => Task.Run(async () =>
        {
            var own = complaints[w] = [];
            try
            {
                await foreach (var row in rows.Reader.ReadAllAsync(stop.Token))
                {
                    var complaint = row.ToFacts(protector, identifiers.GetValueOrDefault(row.Id) ?? []);
                    await onEach(complaint, stop.Token);
                    own.Add(complaint);
                }
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, stop.Token)).ToList();
        try
        {
            var stream = connection.QueryUnbufferedAsync<ComplaintFactsRow>(
                $"SELECT {ComplaintFactsRow.Columns} FROM complaints WHERE received_at >= @From AND received_at <= @To",
                new { From = from, To = to });
            await foreach (var row in stream.WithCancellation(stop.Token))
                await rows.Writer.WriteAsync(row, stop.Token);
            rows.Writer.Complete();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            rows.Writer.TryComplete();
        }
        catch
        {
            rows.Writer.TryComplete();
            await stop.CancelAsync();
            await Task.WhenAll(workers).ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
        await Task.WhenAll(workers);
        return complaints.SelectMany(c => c).ToList();
    }

    private static async Task<Dictionary<Guid, List<Identifier>>> IdentifiersAsync(System.Data.Common.DbConnection connection, DateTimeOffset from, DateTimeOffset to, string keyId,
        CancellationToken cancellationToken)
    {
        var identifiers = new Dictionary<Guid, List<Identifier>>();
        var rows = connection.QueryUnbufferedAsync<StoredIdentifierRow>(
            "SELECT complaint_id, identifier_hash AS Hash, kind FROM complaint_identifiers WHERE received_at >= @From AND received_at <= @To AND key_id = @KeyId",
            new { From = from, To = to, KeyId = keyId });
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!identifiers.TryGetValue(row.ComplaintId, out var list))
                identifiers[row.ComplaintId] = list = new List<Identifier>(4);
            list.Add(row.ToIdentifier());
        }
        return identifiers;
    }
}
