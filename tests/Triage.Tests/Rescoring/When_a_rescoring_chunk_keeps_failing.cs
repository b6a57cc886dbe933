using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Contracts;
using Triage.Rescoring;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

public class When_a_rescoring_chunk_keeps_failing
{
    [Test]
    public async Task Should_mark_its_run_failed()
    {
        await using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        using var desk = factory.CreateClient("dev-desk-key");
        await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid());
        var runs = factory.Services.GetRequiredService<RescoringRuns>();
        var runId = (await runs.StartAsync(DateTimeOffset.Parse("2026-11-01T00:00:00Z"), DateTimeOffset.Parse("2026-11-21T00:00:00Z"), "test:fault", "test", default,
            queueChunks: false)).RunId;

        await factory.Services.GetRequiredService<IBus>().Publish<Fault<RescoreChunk>>(new
        {
            Message = new RescoreChunk(runId, 0),
            FaultId = Guid.NewGuid(),
            Timestamp = DateTime.UtcNow,
            Exceptions = Array.Empty<ExceptionInfo>(),
        });
        var failed = await Eventually.HoldsAsync(async () => (await runs.GetAsync(runId, default))!.Status == "failed", TimeSpan.FromSeconds(10));
        var run = await runs.GetAsync(runId, default);

        Assert.That(failed, Is.True, $"status {run!.Status}");
        Assert.That(run.FinishedAt, Is.Not.Null);
    }
}
