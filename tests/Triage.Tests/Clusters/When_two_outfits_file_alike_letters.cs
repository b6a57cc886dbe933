using Triage.Tests.Infrastructure;

namespace Triage.Tests.Clusters;

// Online, as in hindsight (Triage.Signals.Tests' When_two_law_firms_write_alike): two outfits filing one letter template,
// each under its own name, are two clusters; a borrower who names no organisation and files the same letter joins one.
// A named law firm's letters link only their client's own filings (When_a_law_firm_writes_for_its_clients).
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_two_outfits_file_alike_letters(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_keep_each_outfit_its_own_cluster()
    {
        var day = Ring.NextDay();
        var first = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(Ring.AgentPhone(), day, size: 4, organization: "甲法务咨询有限公司")));
        var second = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(Ring.AgentPhone(), day, size: 4, organization: "乙法务咨询有限公司", shift: 4)));
        var unnamed = Ring.Complaints(Ring.AgentPhone(), day, size: 1, shift: 8)[0];
        unnamed.Remove("representative");
        var joined = await Factory.ClusterOfAsync([await Factory.SubmitAsync(unnamed)]);

        Assert.That(second, Is.Not.EqualTo(first), "the second outfit's letters resemble the first's, but it names another organisation");
        Assert.That(joined, Is.EqualTo(first).Or.EqualTo(second), "a borrower naming no organisation still joins by the template");
        var sizes = new List<int>();
        var analyst = Factory.CreateClient("dev-analyst-key");
        foreach (var cluster in new[] { first, second })
            sizes.Add((await (await analyst.GetAsync($"/api/v1/clusters/{cluster}")).JsonAsync()).GetProperty("size").GetInt32());
        Assert.That(sizes.Order(), Is.EqualTo(new[] { 4, 5 }));
    }

    [Test]
    public async Task Should_leave_a_law_firms_clients_in_no_cluster()
    {
        var ids = await Factory.SubmitRoutedAsync(Ring.Complaints(Ring.AgentPhone(), Ring.NextDay(), size: 4, organization: "丙律师事务所"));

        var analyst = Factory.CreateClient("dev-analyst-key");
        foreach (var id in ids)
            Assert.That((await (await analyst.GetAsync($"/api/v1/complaints/{id}")).JsonAsync()).GetProperty("triage").GetProperty("clusterId").ValueKind,
                Is.EqualTo(System.Text.Json.JsonValueKind.Null), "one phone, one name and one letter, but a firm acting for its clients");
    }
}
