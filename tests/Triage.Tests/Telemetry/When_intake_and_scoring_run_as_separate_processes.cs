using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Telemetry;

// Intake in one process, scoring and routing in another, on PostgreSQL and RabbitMQ, both exporting over OTLP to the
// test: the trace a complaint's request starts in the intake process goes on in the other one, through the outbox row
// and the message headers.
[ProductionForm]
public sealed class When_intake_and_scoring_run_as_separate_processes
{
    [Test]
    public async Task Should_continue_the_request_s_trace_in_the_scoring_and_routing_process()
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        await using var postgres = await PostgresDatabase.CreateAsync();
        using var receiver = new OtlpReceiver();
        var dataDir = Directory.CreateTempSubdirectory("triage-traces-").FullName;
        var shared = HostProcess.OnPostgresAndRabbitMq(postgres.ConnectionString, rabbit).Concat(receiver.HostArguments()).ToArray();
        try
        {
            await using var intake = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "intake", .. shared]);
            await using var pipeline = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "scoring,routing", .. shared]);
            using var desk = intake.Client("dev-desk-key");

            var ids = new List<string>();
            for (var i = 0; i < 2; i++)
                ids.Add((await (await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString()!);
            var routed = await Eventually.HoldsAsync(() => ids.All(id => Consumed(receiver, Routing, id).Any()), TimeSpan.FromSeconds(90));
            var spans = receiver.Spans.ToList();
            var journey = string.Join("\n", spans.Select(s => $"{s.Service} {s.Scope} {s.Kind} '{s.Name}' {s.TraceId} {s["triage.complaint.id"]}"));
            Assert.That(routed, Is.True, $"every complaint's routing span reached the receiver\n{journey}\nintake:\n{intake.Output}\npipeline:\n{pipeline.Output}");

            var requests = spans.Where(s => s.Service == "triage-intake" && s.Kind == OtlpSpan.Server && s["http.request.method"] == "POST").ToList();
            Assert.That(requests, Has.Count.EqualTo(ids.Count), journey);
            foreach (var id in ids)
            {
                var scoring = Consumed(receiver, Scoring, id).ToList();
                var routing = Consumed(receiver, Routing, id).ToList();
                Assert.That(scoring.Concat(routing).Select(s => s.Service), Has.All.EqualTo("triage-scoring+routing"));
                Assert.That(scoring.Select(s => s.TraceId).Concat(routing.Select(s => s.TraceId)).Distinct().ToList(), Has.Count.EqualTo(1),
                    $"scoring and routing of {id} in one trace\n{journey}");
                Assert.That(requests.Select(r => r.TraceId), Does.Contain(scoring[0].TraceId), $"{id}: the trace of an intake request\n{journey}");
            }
            Assert.That(ids.Select(id => Consumed(receiver, Scoring, id).First().TraceId).Distinct().Count(), Is.EqualTo(ids.Count), "one trace per complaint");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // Scoring and routing take their queues in batches (the default): each message of a batch has a span of its own.
    private const string Scoring = "score complaint";
    private const string Routing = "route complaint";

    private static IEnumerable<OtlpSpan> Consumed(OtlpReceiver receiver, string span, string complaint) => receiver.Spans.Where(s =>
        s.Kind == OtlpSpan.Consumer && s.Name == span && s["triage.complaint.id"] == complaint);
}
