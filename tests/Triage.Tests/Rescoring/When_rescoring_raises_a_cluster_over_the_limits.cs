using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Rescoring;

public class When_rescoring_raises_a_cluster_over_the_limits
{
    [Test]
    public async Task Should_flag_the_cluster_and_send_its_members_to_the_fraud_team()
    {
        await using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        var day = Ring.NextDay();
        using var desk = factory.CreateClient("dev-desk-key");
        foreach (var complaint in Ring.Complaints(Ring.AgentPhone(), day))
            await desk.PostJsonAsync("/api/v1/complaints", complaint);
        var database = factory.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();
        Assert.That(await Eventually.HoldsAsync(async () =>
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM complaints WHERE status = 'routed' AND triage_cluster_id IS NOT NULL") == 8,
            TimeSpan.FromSeconds(60)), Is.True);
        var cluster = await connection.ExecuteScalarAsync<string>("SELECT triage_cluster_id FROM complaints LIMIT 1");
        // As if the ring had looked harmless online: low scores, no flag, members with the handlers.
        await connection.ExecuteAsync("UPDATE clusters SET suspect = 0, flagged_at = NULL, risk = 0.01 WHERE id = @cluster", new { cluster });
        await connection.ExecuteAsync("UPDATE complaints SET triage_score = 0.01, triage_suspect = 0, route_destination = 'handling/other' WHERE triage_cluster_id = @cluster",
            new { cluster });

        await RescoringRequests.RunDayAsync(factory.CreateClient("dev-admin-key"), day);

        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT suspect FROM clusters WHERE id = @cluster", new { cluster }), Is.EqualTo(1));
        Assert.That(await connection.ExecuteScalarAsync<double>("SELECT risk FROM clusters WHERE id = @cluster", new { cluster }), Is.GreaterThan(0.5));
        Assert.That(await OutboxRows.CountAsync(connection, "ClusterFlagged", cluster!), Is.EqualTo(2));
        Assert.That(await connection.QueryAsync<string>("SELECT route_destination FROM complaints WHERE triage_cluster_id = @cluster", new { cluster }),
            Is.All.EqualTo("fraud-review"));
    }
}
