using System.Net;
using Npgsql;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Host;

[Category("postgres")]
public class When_storage_becomes_unusable
{
    [Test]
    public async Task Should_report_not_ready_while_staying_live()
    {
        var admin = TestEnvironment.PostgresConnectionString();
        var postgres = await PostgresDatabase.CreateAsync();
        await using var factory = TriageFactory.Postgres(postgres.ConnectionString);
        using var client = factory.CreateClient();
        // The bus starts beside the host and reports "not started" for its first moments: ready first, then the drop.
        var readyBefore = await Eventually.HoldsAsync(async () =>
            (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {postgres.Name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        var readyAfter = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        await postgres.DisposeAsync();

        Assert.That(readyBefore, Is.True, "/health/ready answers 200 before the database goes");
        Assert.That(readyAfter.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        var checks = (await readyAfter.JsonAsync()).GetProperty("checks");
        Assert.That(checks.GetProperty("storage").GetProperty("status").GetString(), Is.EqualTo("Unhealthy"), "readiness names the dependency that is down");
        Assert.That(checks.GetProperty("storage").GetProperty("description").GetString(), Does.Not.Contain("Password"));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
