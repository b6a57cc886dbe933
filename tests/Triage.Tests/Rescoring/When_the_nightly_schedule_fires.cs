using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Triage.Messaging;
using Triage.Rescoring;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

public class When_the_nightly_schedule_fires
{
    [Test]
    public async Task Should_start_one_run_at_two_in_the_morning_china_time_however_many_instances_keep_the_schedule()
    {
        await using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all", ["Triage:Rescoring:Schedule"] = "" });
        factory.CreateClient().Dispose();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 17, 30, 0, TimeSpan.Zero)); // 01:30 in Shanghai
        var options = Options.Create(new RescoringOptions());
        var database = factory.Services.GetRequiredService<Database>();
        RescoringSchedule Instance() => new(
            new RescoringRuns(database, options, factory.Services.GetRequiredService<OutboxSignal>(), clock, NullLogger<RescoringRuns>.Instance),
            options, clock, NullLogger<RescoringSchedule>.Instance);
        using var first = Instance();
        using var second = Instance();
        await first.StartAsync(default);
        await second.StartAsync(default);

        await Task.Delay(200);
        clock.Advance(TimeSpan.FromMinutes(29));
        await Task.Delay(300);
        await using var connection = await database.OpenAsync();
        var before = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rescoring_runs");
        clock.Advance(TimeSpan.FromMinutes(2));
        var started = await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rescoring_runs") > 0, TimeSpan.FromSeconds(10));
        await Task.Delay(500);
        var runs = (await connection.QueryAsync<(string Key, string By)>("SELECT trigger_key, requested_by FROM rescoring_runs")).ToList();
        await first.StopAsync(default);
        await second.StopAsync(default);

        Assert.That(before, Is.Zero, "nothing before 02:00");
        Assert.That(started, Is.True, "no run at 02:00");
        Assert.That(runs, Has.Count.EqualTo(1));
        Assert.That(runs[0].Key, Is.EqualTo("schedule:2026-11-25T18:00Z"));
        Assert.That(runs[0].By, Is.EqualTo("schedule"));
    }
}
