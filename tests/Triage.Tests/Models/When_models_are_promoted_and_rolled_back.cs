using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Triage.Scoring.Registry;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Models;

// One registry through its life: the shipped model registered at start, a worse candidate refused, a better one
// promoted and scoring with it, then rolled back. The tests run in order on one host.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_models_are_promoted_and_rolled_back(string storage) : StorageFixture(storage)
{
    private Guid _scoredByShipped;

    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all", ["Triage:Scoring:ModelPollInterval"] = "00:00:01" };

    [Test, Order(1)]
    public async Task Should_register_the_configured_model_as_the_initial_active_one()
    {
        var list = await ListAsync();

        Assert.That(list.GetProperty("active").GetString(), Is.EqualTo(RegistryCandidates.ShippedVersion));
        var history = list.GetProperty("history").EnumerateArray().ToList();
        Assert.That(history, Has.Count.EqualTo(1));
        Assert.That(history[0].GetProperty("action").GetString(), Is.EqualTo(ActivationAction.Initial));
        Assert.That(list.GetProperty("items")[0].GetProperty("status").GetString(), Is.EqualTo(ModelStatus.Active));
    }

    [Test, Order(2)]
    public async Task Should_refuse_a_candidate_that_did_not_beat_the_active_model()
    {
        await RegisterAsync(RegistryCandidates.Compared("worse-candidate", RegistryCandidates.ShippedVersion, wins: false));
        using var admin = Factory.CreateClient("dev-admin-key");

        var response = await admin.PostJsonAsync("/api/v1/models/worse-candidate/promote", new JsonObject());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await response.JsonAsync()).GetProperty("detail").GetString(), Does.Contain("did not beat"));
        Assert.That(await ActiveModelAsync(), Is.EqualTo(RegistryCandidates.ShippedVersion));
        var forcedWithoutNote = await admin.PostJsonAsync("/api/v1/models/worse-candidate/promote", new JsonObject { ["force"] = true });
        Assert.That(forcedWithoutNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await forcedWithoutNote.JsonAsync()).GetProperty("errors").TryGetProperty("note", out _), Is.True);
    }

    [Test, Order(3)]
    public async Task Should_score_new_complaints_with_a_promoted_candidate_while_earlier_ones_keep_their_version()
    {
        _scoredByShipped = await Factory.SubmitAsync(SampleComplaints.Valid());
        var before = await Factory.RoutedAsync(_scoredByShipped);
        await RegisterAsync(RegistryCandidates.Compared("better-candidate", RegistryCandidates.ShippedVersion, wins: true));
        using var admin = Factory.CreateClient("dev-admin-key");

        var response = await admin.PostJsonAsync("/api/v1/models/better-candidate/promote", new JsonObject());
        var after = await Factory.RoutedAsync(await Factory.SubmitAsync(SampleComplaints.Valid()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await response.JsonAsync()).GetProperty("previous").GetString(), Is.EqualTo(RegistryCandidates.ShippedVersion));
        Assert.That(await ActiveModelAsync(), Is.EqualTo("better-candidate"));
        Assert.That(before.GetProperty("triage").GetProperty("modelVersion").GetString(), Is.EqualTo(RegistryCandidates.ShippedVersion));
        Assert.That(after.GetProperty("triage").GetProperty("modelVersion").GetString(), Is.EqualTo("better-candidate"));
        var again = await Factory.RoutedAsync(_scoredByShipped);
        Assert.That(again.GetProperty("triage").GetProperty("modelVersion").GetString(), Is.EqualTo(RegistryCandidates.ShippedVersion));
        var statuses = (await ListAsync()).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("version").GetString()!, i => i.GetProperty("status").GetString());
        Assert.That(statuses["better-candidate"], Is.EqualTo(ModelStatus.Active));
        Assert.That(statuses[RegistryCandidates.ShippedVersion], Is.EqualTo(ModelStatus.Retired));
    }

    [Test, Order(4)]
    public async Task Should_return_to_the_previous_model_on_rollback()
    {
        using var admin = Factory.CreateClient("dev-admin-key");

        var response = await admin.PostJsonAsync("/api/v1/models/rollback", new JsonObject { ["reason"] = "test" });
        var second = await admin.PostJsonAsync("/api/v1/models/rollback", new JsonObject());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await ActiveModelAsync(), Is.EqualTo(RegistryCandidates.ShippedVersion));
        var history = (await ListAsync()).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.That(history, Is.EqualTo(new[] { ActivationAction.Rollback, ActivationAction.Promote, ActivationAction.Initial }));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "the initial model has nothing before it");
    }

    [TestCase("dev-desk-key")]
    [TestCase("dev-analyst-key")]
    public async Task Should_forbid_the_registry_to_keys_below_admin(string key)
    {
        using var client = Factory.CreateClient(key);

        var list = await client.GetAsync("/api/v1/models");
        var promote = await client.PostJsonAsync($"/api/v1/models/{RegistryCandidates.ShippedVersion}/promote", new JsonObject());
        var rollback = await client.PostJsonAsync("/api/v1/models/rollback", new JsonObject());

        Assert.That(new[] { list.StatusCode, promote.StatusCode, rollback.StatusCode }, Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    private Task RegisterAsync(NewModel model) => Factory.Services.GetRequiredService<ModelRegistry>().RegisterAsync(model, CancellationToken.None);

    private async Task<JsonElement> ListAsync()
    {
        using var admin = Factory.CreateClient("dev-admin-key");
        var response = await admin.GetAsync("/api/v1/models");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.JsonAsync();
    }

    private async Task<string?> ActiveModelAsync()
    {
        using var analyst = Factory.CreateClient("dev-analyst-key");
        return (await (await analyst.GetAsync("/api/v1/model")).JsonAsync()).GetProperty("version").GetString();
    }
}
