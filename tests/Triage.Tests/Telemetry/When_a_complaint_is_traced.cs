using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Messaging;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Telemetry;

// The embedded default (SQLite, in-memory bus) with every role in one host and an in-memory span exporter: a
// complaint's request, its scoring and its routing are one trace, carried through the outbox rows between them.
public sealed class When_a_complaint_is_traced
{
    private const string Scoring = "Triage.Scoring.ComplaintReceivedConsumer";
    private const string Routing = "Triage.Routing.ComplaintScoredConsumer";

    // In batches (the default) the line about a scored complaint is written under the complaint's own span, not the batch's.
    [TestCase(true, "Triage.Scoring.Batches.ComplaintBatchScorer")]
    [TestCase(false, Scoring)]
    public async Task Should_write_the_trace_id_into_the_log_lines_of_intake_and_scoring(bool batches, string scorer)
    {
        var spans = new CollectedSpans();
        using var factory = new TriageFactory(new() { ["Triage:Roles"] = "all", ["Triage:Scoring:Batches"] = batches.ToString(), ["Triage:Routing:Batches"] = batches.ToString() }) { Spans = spans };
        using var desk = factory.CreateClient("dev-desk-key");

        var (request, complaint) = await SubmitAsync(factory, desk, spans, batches);

        var lines = factory.Logs.Entries.Where(e => e.Message.Contains(complaint.ToString())).ToList();
        var received = lines.Where(e => e.Category == "Triage.Intake.ComplaintsApi").ToList();
        var scored = lines.Where(e => e.Category == scorer && e.Message.Contains(" scored ")).ToList();
        Assert.That(received, Is.Not.Empty, "intake logs the complaint it received");
        Assert.That(scored, Is.Not.Empty, "scoring logs the complaint it scored");
        Assert.That(received.Concat(scored).Select(e => e.TraceId), Has.All.EqualTo(request.TraceId.ToHexString()));
        Assert.That(scored.Select(e => e.SpanId), Has.None.EqualTo(request.SpanId.ToHexString()), "scoring logs under its own span");
    }

    // One message at a time, the consumers' own spans carry the trace (in batches: the test below).
    [Test]
    public async Task Should_share_one_trace_from_intake_through_scoring_to_routing()
    {
        var spans = new CollectedSpans();
        using var factory = new TriageFactory(new() { ["Triage:Roles"] = "all", ["Triage:Scoring:Batches"] = "false", ["Triage:Routing:Batches"] = "false" }) { Spans = spans };
        using var desk = factory.CreateClient("dev-desk-key");

        var first = await SubmitAsync(factory, desk, spans);
        var second = await SubmitAsync(factory, desk, spans);

        var all = spans.Snapshot();
        var journey = string.Join("\n", all.Select(Describe));
        foreach (var (request, complaint) in new[] { first, second })
        {
            Assert.That(request.Kind, Is.EqualTo(ActivityKind.Server), journey);
            Assert.That(request.ParentSpanId, Is.EqualTo(default(ActivitySpanId)), "the request starts the trace");
            Assert.That(ConsumerSpans(all, Scoring, complaint).Select(s => s.TraceId), Is.EqualTo(new[] { request.TraceId }),
                $"the scoring of {complaint} continues the request's trace\n{journey}");
            Assert.That(ConsumerSpans(all, Routing, complaint).Select(s => s.TraceId), Is.EqualTo(new[] { request.TraceId }),
                $"the routing of {complaint} continues the request's trace\n{journey}");
        }
        Assert.That(second.Request.TraceId, Is.Not.EqualTo(first.Request.TraceId), "each complaint's journey is its own trace");
        Assert.That(all.Where(s => s.TraceId == first.Request.TraceId).Select(s => s.GetTagItem(ComplaintTracing.ComplaintId)).OfType<Guid>(),
            Has.All.EqualTo(first.Complaint), "nothing of the second complaint in the first one's trace");
    }

    [Test]
    public async Task Should_keep_each_complaints_own_trace_through_batched_scoring_and_routing()
    {
        var spans = new CollectedSpans();
        using var factory = new TriageFactory(new() { ["Triage:Roles"] = "all", ["Triage:Scoring:Batches"] = "true", ["Triage:Routing:Batches"] = "true" })
        {
            Spans = spans,
        };
        using var desk = factory.CreateClient("dev-desk-key");

        // Submitted together, so that batches hold several complaints, each from a request (a trace) of its own.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())));
        var ids = new List<Guid>();
        foreach (var response in responses)
            ids.Add((await response.JsonAsync()).GetProperty("id").GetGuid());
        foreach (var id in ids)
            await factory.RoutedAsync(id);
        var ended = await Eventually.HoldsAsync(() => ids.All(id => BatchSpans(spans.Snapshot(), "route complaint", id).Any()), TimeSpan.FromSeconds(30));
        var requestTraces = await RequestTracesAsync(factory, ids);

        var all = spans.Snapshot();
        var journey = string.Join("\n", all.Select(Describe));
        Assert.That(ended, Is.True, $"not every complaint has a routing span of its own\n{journey}");
        Assert.That(requestTraces.Values.Distinct().Count(), Is.EqualTo(ids.Count), "each request is a trace of its own");
        foreach (var id in ids)
        {
            Assert.That(BatchSpans(all, "score complaint", id).Select(s => s.TraceId), Is.EqualTo(new[] { requestTraces[id] }),
                $"the scoring of {id} continues its request's trace\n{journey}");
            Assert.That(BatchSpans(all, "route complaint", id).Select(s => s.TraceId), Is.EqualTo(new[] { requestTraces[id] }),
                $"the routing of {id} continues its request's trace\n{journey}");
        }
        foreach (var id in ids)
            Assert.That(factory.Logs.Entries.Where(e => e.Category == "Triage.Scoring.Batches.ComplaintBatchScorer" && e.Message.Contains($"{id} scored"))
                .Select(e => e.TraceId), Is.EqualTo(new[] { requestTraces[id].ToHexString() }), $"the line about {id}'s score carries its request's trace");
        var scoringBatches = ids.Select(id => BatchSpans(all, "score complaint", id).Single().Links.Single().Context.SpanId).ToList();
        Assert.That(scoringBatches.Distinct().Count(), Is.LessThan(ids.Count), "some complaints were scored in one batch");
    }

    // The trace each complaint's request wrote its ComplaintReceived under (the outbox row keeps it).
    private static async Task<Dictionary<Guid, ActivityTraceId>> RequestTracesAsync(TriageFactory factory, IReadOnlyList<Guid> ids)
    {
        await using var connection = await factory.Services.GetRequiredService<Database>().OpenAsync();
        var rows = await connection.QueryAsync<(string Body, string TraceParent)>(
            "SELECT body, trace_parent FROM outbox WHERE message_type = 'Triage.Contracts.ComplaintReceived'");
        return ids.ToDictionary(id => id, id => ActivityContext.Parse(rows.Single(r => r.Body.Contains(id.ToString())).TraceParent, null).TraceId);
    }

    private static IEnumerable<Activity> BatchSpans(IEnumerable<Activity> spans, string name, Guid complaint) => spans.Where(s =>
        s.Source.Name == OutboxTracing.Source.Name && s.DisplayName == name && s.GetTagItem(ComplaintTracing.ComplaintId) is Guid id && id == complaint);

    private static async Task<(Activity Request, Guid Complaint)> SubmitAsync(TriageFactory factory, HttpClient desk, CollectedSpans spans,
        bool batches = false)
    {
        var before = spans.Snapshot().ToHashSet();
        var response = await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid());
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        await factory.RoutedAsync(id);
        var ended = await Eventually.HoldsAsync(() => (batches ? BatchSpans(spans.Snapshot(), "route complaint", id) : ConsumerSpans(spans.Snapshot(), Routing, id)).Any(),
            TimeSpan.FromSeconds(30));
        Assert.That(ended, Is.True, $"no routing span for {id}");
        var requests = spans.Snapshot().Where(s => !before.Contains(s) && s.Kind == ActivityKind.Server &&
            s.GetTagItem("http.request.method") as string == "POST" && (s.GetTagItem("http.route") as string)?.TrimEnd('/') == "/api/v1/complaints").ToList();
        Assert.That(requests, Has.Count.EqualTo(1), "one submission, one server span");
        return (requests[0], id);
    }

    private static IEnumerable<Activity> ConsumerSpans(IEnumerable<Activity> spans, string consumer, Guid complaint) => spans.Where(s =>
        s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Consumer &&
        s.GetTagItem("messaging.masstransit.consumer_type") as string == consumer &&
        s.GetTagItem(ComplaintTracing.ComplaintId) is Guid id && id == complaint);

    private static string Describe(Activity span) =>
        $"{span.Source.Name} {span.Kind} '{span.DisplayName}' trace={span.TraceId} parent={span.ParentSpanId} {span.GetTagItem(ComplaintTracing.ComplaintId)}";
}
