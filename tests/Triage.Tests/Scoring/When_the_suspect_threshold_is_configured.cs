using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

// One suspect threshold: Triage:Scoring:Threshold (unset: the model's own). Scoring decides with it and routing
// follows the decision, so the score, the flag and the route can never disagree.
public class When_the_suspect_threshold_is_configured
{
    [TestCase("0", "fraud-review", true)]
    [TestCase("1.01", "handling/", false)]
    public async Task Should_decide_the_flag_and_the_route_together(string threshold, string destination, bool suspect)
    {
        using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all", ["Triage:Scoring:Threshold"] = threshold });

        var complaint = await factory.RoutedAsync(await factory.SubmitAsync(SampleComplaints.Valid()));

        Assert.That(complaint.GetProperty("triage").GetProperty("suspect").GetBoolean(), Is.EqualTo(suspect));
        Assert.That(complaint.GetProperty("route").GetProperty("destination").GetString(), Does.StartWith(destination));
    }

    [Test]
    public void Should_refuse_to_start_with_the_retired_routing_threshold()
    {
        using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "routing", ["Triage:Routing:SuspectScore"] = "0.8" });

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Triage:Routing:SuspectScore").And.Contain("Triage:Scoring:Threshold"));
    }
}
