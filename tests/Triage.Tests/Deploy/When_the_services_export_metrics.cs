using System.Text.Json.Nodes;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Deploy;

// The dashboard check (When_the_compose_file_is_read) names the series from the source as the OpenTelemetry
// Prometheus exporter exports them; this holds that naming to what a running host really answers on /metrics.
public sealed class When_the_services_export_metrics
{
    [Test]
    public async Task Should_export_the_names_read_from_the_source()
    {
        using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        using var desk = factory.CreateClient("dev-desk-key");
        using var anonymous = factory.CreateClient();
        await desk.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid());
        await desk.PostJsonAsync("/api/v1/complaints", new JsonObject());
        var exported = ExportedMetrics.FromServices();
        var scraped = new HashSet<string>();

        await Eventually.HoldsAsync(async () =>
        {
            scraped = TriageSeries(await anonymous.GetStringAsync("/metrics"));
            return scraped.Contains("triage_complaints_routed_total");
        }, TimeSpan.FromSeconds(30));

        Assert.That(scraped, Is.SupersetOf(new[] { "triage_complaints_stored_total", "triage_complaints_rejected_total", "triage_complaints_scored_total", "triage_complaints_routed_total", "triage_outbox_published_total" }));
        Assert.That(exported, Is.SupersetOf(scraped), "series the host exports under names the source does not give");
    }

    private static HashSet<string> TriageSeries(string exposition) => exposition.Split('\n')
        .Where(l => l.StartsWith("triage_", StringComparison.Ordinal))
        .Select(l => l[..l.IndexOfAny(['{', ' '])])
        .ToHashSet();
}
