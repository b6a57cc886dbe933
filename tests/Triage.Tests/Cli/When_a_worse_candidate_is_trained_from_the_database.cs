using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;
using Triage.Tests.Models;

namespace Triage.Tests.Cli;

// `train --from-db --promote` with a deliberately weak trainer (2 trees of 2 leaves on a small generated corpus plus
// the analysts' verdicts) against the shipped model: the candidate is registered as refused and nothing changes.
public class When_a_worse_candidate_is_trained_from_the_database
{
    [Test]
    public async Task Should_register_it_as_refused_exit_non_zero_and_keep_the_active_model()
    {
        var dataDir = await JudgedComplaintsAsync();
        var reports = Directory.CreateTempSubdirectory("triage-candidate-reports-").FullName;
        try
        {
            var (exit, output, error) = await TriageCli.RunAsync("train", "--from-db", "--data-dir", dataDir, "--complaints", "1500", "--eval-complaints", "800",
                "--iterations", "2", "--leaves", "2", "--text", "char", "--promote", "--report", reports);

            Assert.That(exit, Is.EqualTo(3), error);
            Assert.That(error, Does.Contain("Not promoted").And.Contain("registered as refused"));
            Assert.That(error, Does.Contain("read 8 verdict labels"));
            Assert.That(output, Does.Contain("| candidate |").And.Contain("| active model |"), "the report shows both models' figures");
            Assert.That(Directory.GetFiles(reports, "candidate-*.json"), Has.Length.EqualTo(1));
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "triage.db")};Pooling=false");
            var statuses = (await connection.QueryAsync<(string Version, string Status)>("SELECT version, status FROM models")).ToDictionary(m => m.Version, m => m.Status);
            Assert.That(statuses, Has.Count.EqualTo(2));
            Assert.That(statuses[RegistryCandidates.ShippedVersion], Is.EqualTo("active"));
            Assert.That(statuses.Values, Has.One.EqualTo("refused"));
            Assert.That(await connection.QuerySingleAsync<string>("SELECT version FROM model_activations ORDER BY id DESC LIMIT 1"),
                Is.EqualTo(RegistryCandidates.ShippedVersion));
            var (listed, list, _) = await TriageCli.RunAsync("models", "list", "--data-dir", dataDir);
            Assert.That(listed, Is.EqualTo(0));
            Assert.That(list, Does.Contain("refused").And.Contain("initial"));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
            Directory.Delete(reports, recursive: true);
        }
    }

    // A ring confirmed one complaint at a time and honest complaints judged honest, through an embedded host then
    // stopped: the folder of its SQLite file.
    private static async Task<string> JudgedComplaintsAsync()
    {
        var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        factory.KeepDataDir = true;
        await using (factory)
        {
            var day = Ring.NextDay();
            var ring = await factory.SubmitAllAsync(Ring.Complaints(Ring.AgentPhone(), day).Take(4));
            var honest = await factory.SubmitAllAsync(Enumerable.Range(0, 4).Select(_ => SampleComplaints.Minimal()));
            using var analyst = factory.CreateClient("dev-analyst-key");
            foreach (var (id, verdict) in ring.Select(id => (id, "suspect")).Concat(honest.Select(id => (id, "honest"))))
            {
                await factory.RoutedAsync(id);
                var response = await analyst.PostJsonAsync($"/api/v1/complaints/{id}/verdict", new JsonObject { ["verdict"] = verdict });
                Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
            }
        }
        return factory.DataDir;
    }
}
