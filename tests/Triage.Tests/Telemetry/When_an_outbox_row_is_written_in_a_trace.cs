using System.Collections.Concurrent;
using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Triage.Contracts;
using Triage.Messaging;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Telemetry;

// The row keeps the trace context it was written in (one by one, and many at once: PostgreSQL's unnest), and the
// dispatcher publishes it as a child of that context; a row written outside any trace is published in a new one.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class When_an_outbox_row_is_written_in_a_trace(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Outbox:DispatcherEnabled"] = "false" };

    [Test]
    public async Task Should_publish_it_as_a_child_of_the_span_that_wrote_it()
    {
        using var listener = new ActivityListener
        {
            // By name: OutboxTracing.Source may be the very source under construction when the listener is asked.
            ShouldListenTo = source => source.Name == "Triage.Messaging",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var database = Factory.Services.GetRequiredService<Database>();
        var traced = new[] { Received(), Received(), Received() };
        var untraced = Received();
        var writer = new Activity("submit").SetIdFormat(ActivityIdFormat.W3C);
        writer.TraceStateString = "triage=test";

        await using (var connection = await database.OpenAsync())
        {
            await using var transaction = await database.BeginWriteAsync(connection);
            writer.Start();
            await Outbox.EnqueueAsync(connection, transaction, traced[0], TimeProvider.System);
            await Outbox.EnqueueManyAsync(connection, transaction, traced[1..], database.Dialect, TimeProvider.System);
            writer.Stop();
            await Outbox.EnqueueAsync(connection, transaction, untraced, TimeProvider.System);
            await transaction.CommitAsync();
        }
        var publisher = new TracingPublisher();
        var dispatcher = new OutboxDispatcher(database, publisher, new OutboxSignal(),
            Factory.Services.GetRequiredService<IOptions<OutboxOptions>>(), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }

        await using var reader = await database.OpenAsync();
        var stored = (await reader.QueryAsync<(string Body, string? TraceParent, string? TraceState)>(
            "SELECT body, trace_parent, trace_state FROM outbox")).ToList();
        var ids = traced.Select(m => m.ComplaintId.ToString()).ToList();
        Assert.That(stored.Where(r => ids.Any(r.Body.Contains)).Select(r => (r.TraceParent, r.TraceState)).ToList(),
            Has.Count.EqualTo(3).And.All.EqualTo((writer.Id, "triage=test")));
        Assert.That(stored.Single(r => r.Body.Contains(untraced.ComplaintId.ToString())).TraceParent, Is.Null);
        foreach (var message in traced)
        {
            var published = publisher.Published[message.ComplaintId];
            Assert.That(published.TraceId, Is.EqualTo(writer.TraceId));
            Assert.That(published.ParentSpanId, Is.EqualTo(writer.SpanId));
            Assert.That(published.TraceStateString, Is.EqualTo("triage=test"));
        }
        var alone = publisher.Published[untraced.ComplaintId];
        Assert.That(alone.TraceId, Is.Not.EqualTo(writer.TraceId));
        Assert.That(alone.ParentSpanId, Is.EqualTo(default(ActivitySpanId)), "a row without a context starts its own trace");
    }

    private static ComplaintReceived Received() => new(Guid.CreateVersion7(), null, "regulator", DateTimeOffset.UtcNow);

    private sealed class TracingPublisher : IOutboxPublisher
    {
        public ConcurrentDictionary<Guid, Activity> Published { get; } = new();

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            var body = System.Text.Json.JsonSerializer.Deserialize<ComplaintReceived>(message.Body, OutboxJson.Options)!;
            Published[body.ComplaintId] = Activity.Current ?? throw new InvalidOperationException("published outside any span");
            return Task.CompletedTask;
        }
    }
}
