using System.Collections.Concurrent;
using System.Net;
using MassTransit;
using Triage.Contracts;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Host;

[ProductionForm]
public class When_intake_runs_as_its_own_process_on_postgres_and_rabbitmq
{
    [Test]
    public async Task Should_store_the_complaint_and_publish_it_to_other_services_over_rabbitmq()
    {
        var rabbit = TestEnvironment.RabbitMqUri();
        await using var postgres = await PostgresDatabase.CreateAsync();
        var received = new ConcurrentQueue<ComplaintReceived>();
        var subscriber = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(new Uri(rabbit));
            cfg.ReceiveEndpoint($"test-separate-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Handler<ComplaintReceived>(context =>
                {
                    received.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
            });
        });
        await subscriber.StartAsync();
        var dataDir = Directory.CreateTempSubdirectory("triage-intake-").FullName;
        try
        {
            await using var intake = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir,
                "--Triage:Roles", "intake",
                "--Triage:Storage:Provider", "Postgres",
                "--Triage:Storage:ConnectionString", postgres.ConnectionString,
                "--Triage:PersonalData:EncryptionKey", TestKeys.Encryption,
                "--Triage:PersonalData:HashKey", TestKeys.Hash,
                "--Triage:Bus:Transport", "RabbitMq",
                "--Triage:Bus:RabbitMq", rabbit);
            using var desk = intake.Client("dev-desk-key");

            var response = await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid());
            var id = Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!);
            var arrived = await Eventually.HoldsAsync(() => received.Any(m => m.ComplaintId == id), TimeSpan.FromSeconds(30));
            var ready = await intake.Client().GetAsync("/health/ready");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(arrived, Is.True, intake.Output);
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(File.Exists(Path.Combine(dataDir, "triage.db")), Is.False, "no SQLite file in the production form");
        }
        finally
        {
            await subscriber.StopAsync();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Test]
    public async Task Should_not_serve_the_complaint_api_from_a_process_without_the_intake_role()
    {
        var dataDir = Directory.CreateTempSubdirectory("triage-worker-").FullName;
        try
        {
            await using var worker = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), dataDir, "--Triage:Roles", "scoring");
            using var desk = worker.Client("dev-desk-key");

            var response = await desk.GetAsync("/api/v1/complaints");

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
