using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Storage;

namespace Triage.Messaging;

// Publishes committed outbox rows. On PostgreSQL rows are claimed with FOR UPDATE SKIP LOCKED, so any number of
// dispatchers can run; a dispatcher that dies before marking its rows sent leaves them to be published again.
public sealed class OutboxDispatcher(
    Database database,
    IOutboxPublisher publisher,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(stoppingToken);
                if (failures > 0)
                    logger.LogInformation("Outbox dispatch recovered after {Failures} failed attempts", failures);
                failures = 0;
                if (published < _options.BatchSize)
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = Backoff(failures);
                logger.LogWarning("Outbox dispatch failed ({Error}: {Message}); attempt {Failures}, next try in {Delay}",
                    exception.GetType().Name, exception.Message, failures, delay);
                await Task.Delay(delay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // SQLite has a single writer and a single dispatcher per file, so it needs no claim; PostgreSQL holds row locks until commit.
        await using var transaction = database.Provider == StorageProvider.Postgres
            ? await connection.BeginTransactionAsync(cancellationToken)
            : null;
        var rows = (await connection.QueryAsync<OutboxMessage>(
            new CommandDefinition($"""
             SELECT id, message_id, message_type, body, trace_parent, trace_state
             FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT @BatchSize {database.Dialect.SkipLocked}
             """,
            new { _options.BatchSize }, transaction, cancellationToken: cancellationToken))).AsList();

        // The whole batch is in flight at once: each publish waits for its broker confirm, so one at a time would
        // cost a round trip per message.
        var attempts = rows.Select(row => (row.Id, Task: PublishAsync(row, cancellationToken))).ToList();
        try
        {
            await Task.WhenAll(attempts.Select(a => a.Task));
        }
        catch (Exception)
        {
            // Each attempt is looked at below: what went out is marked sent before the first failure is thrown.
        }
        var published = attempts.Where(a => a.Task.IsCompletedSuccessfully).Select(a => a.Id).ToList();
        if (published.Count > 0)
            await MarkSentAsync(connection, transaction, published, cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(CancellationToken.None);
        MessagingMetrics.OutboxPublished.Add(published.Count);
        if (published.Count < attempts.Count)
            await attempts.First(a => !a.Task.IsCompletedSuccessfully).Task;
        return published.Count;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        using var activity = OutboxTracing.StartPublish(row);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            // The token asks the publish to give up; WaitAsync stops waiting for it even when it does not listen (a
            // publish waiting for a broker connection after a node's failover), so that one hung publish cannot hold the
            // batch's row locks and every row behind it. Given up, the row stays unsent and is published again later;
            // the inbox absorbs a copy if the first attempt still goes out.
            await publisher.PublishAsync(row, timeout.Token).WaitAsync(_options.PublishTimeout, clock, cancellationToken);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    private Task MarkSentAsync(DbConnection connection, DbTransaction? transaction, List<long> ids, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            new CommandDefinition($"UPDATE outbox SET sent_at = @Now, attempts = attempts + 1 WHERE {database.Dialect.InList("id", "@Ids")}",
            new { Now = clock.GetUtcNow(), Ids = database.Dialect.List(ids) }, transaction, cancellationToken: cancellationToken));

    private TimeSpan Backoff(int failures)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(failures - 1, 10)));
        var capped = exponential < _options.MaxBackoff ? exponential : _options.MaxBackoff;
        return capped * (0.5 + Random.Shared.NextDouble() / 2);
    }
}
