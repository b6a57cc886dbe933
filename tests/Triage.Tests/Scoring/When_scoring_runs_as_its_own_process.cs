using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

[ProductionForm]
public class When_scoring_runs_as_its_own_process
{
    [Test]
    public async Task Should_score_what_a_separate_intake_process_received()
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        await using var postgres = await PostgresDatabase.CreateAsync();
        var dataDir = Directory.CreateTempSubdirectory("triage-split-").FullName;
        var shared = HostProcess.OnPostgresAndRabbitMq(postgres.ConnectionString, rabbit);
        try
        {
            await using var intake = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "intake", .. shared]);
            await using var scoring = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, ["--Triage:Roles", "scoring", .. shared]);
            using var desk = intake.Client("dev-desk-key");

            var ids = new List<string>();
            for (var i = 0; i < 5; i++)
                ids.Add((await (await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString()!);
            var scored = await Eventually.HoldsAsync(async () =>
            {
                foreach (var id in ids)
                    if ((await (await desk.GetAsync($"/api/v1/complaints/{id}")).JsonAsync()).GetProperty("status").GetString() != "scored")
                        return false;
                return true;
            }, TimeSpan.FromSeconds(60));

            Assert.That(scored, Is.True, $"intake:\n{intake.Output}\nscoring:\n{scoring.Output}");
            Assert.That(scoring.Output, Does.Not.Contain(SampleComplaints.Phone).And.Not.Contain(SampleComplaints.IdNumber));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
