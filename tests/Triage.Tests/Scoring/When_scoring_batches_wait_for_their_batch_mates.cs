using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Messaging;
using Triage.Scoring.Batches;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

// Triage:Scoring:BatchTimeLimit: how long a scoring batch waits for more messages after its first (default 500 ms, so that
// under load the batches fill; docs/benchmarks.md, "Batches that fill"). The scoring endpoint MassTransit builds takes it
// from the configuration; routing keeps the short default; a limit that is zero or too long is refused at start.
public class When_scoring_batches_wait_for_their_batch_mates
{
    [TestCase(null, 500)]
    [TestCase("00:00:02", 2_000)]
    public void Should_give_the_scoring_endpoint_the_configured_time_limit(string? configured, int milliseconds)
    {
        var settings = new Dictionary<string, string?> { ["Triage:Roles"] = "scoring,routing" };
        if (configured is not null)
            settings["Triage:Scoring:BatchTimeLimit"] = configured;
        using var factory = TriageFactory.Sqlite(settings);
        _ = factory.CreateClient();

        var scoring = factory.Services.GetRequiredService<IConsumerDefinition<ComplaintBatchConsumer>>();
        var routing = factory.Services.GetRequiredService<IConsumerDefinition<Triage.Routing.ComplaintScoredBatchConsumer>>();

        Assert.That(((ComplaintBatchConsumerDefinition)scoring).TimeLimit, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
        Assert.That(((BatchConsumerDefinition<Triage.Routing.ComplaintScoredBatchConsumer>)routing).TimeLimit,
            Is.EqualTo(BatchConsumerDefinition<Triage.Routing.ComplaintScoredBatchConsumer>.DefaultTimeLimit));
    }

    [TestCase("00:00:00")]
    [TestCase("00:00:11")]
    public void Should_refuse_to_start_with_a_time_limit_out_of_range(string configured)
    {
        using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "scoring", ["Triage:Scoring:BatchTimeLimit"] = configured });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Triage:Scoring:BatchTimeLimit"));
    }

    [Test]
    public async Task Should_still_score_and_route_a_lone_complaint()
    {
        using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });

        var complaint = await factory.RoutedAsync(await factory.SubmitAsync(SampleComplaints.Valid()));

        Assert.That(complaint.GetProperty("route").GetProperty("destination").GetString(), Is.Not.Null.And.Not.Empty);
    }
}
