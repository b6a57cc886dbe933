using Triage.Tests.Infrastructure;

namespace Triage.Tests.Clusters;

// Online, as in hindsight (Triage.Signals.Tests' When_two_law_firms_write_alike): two firms filing one letter template,
// each under its own name, are two clusters; a borrower who names no organisation and files the same letter joins one.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_two_law_firms_file_alike_letters(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_keep_each_firm_its_own_cluster()
    {
        var day = Ring.NextDay();
        var first = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(Ring.AgentPhone(), day, size: 4, organization: "甲律师事务所")));
        var second = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(Ring.AgentPhone(), day, size: 4, organization: "乙律师事务所", shift: 4)));
        var unnamed = Ring.Complaints(Ring.AgentPhone(), day, size: 1, shift: 8)[0];
        unnamed.Remove("representative");
        var joined = await Factory.ClusterOfAsync([await Factory.SubmitAsync(unnamed)]);

        Assert.That(second, Is.Not.EqualTo(first), "the second firm's letters resemble the first's, but it names another organisation");
        Assert.That(joined, Is.EqualTo(first).Or.EqualTo(second), "a borrower naming no organisation still joins by the template");
        var sizes = new List<int>();
        var analyst = Factory.CreateClient("dev-analyst-key");
        foreach (var cluster in new[] { first, second })
            sizes.Add((await (await analyst.GetAsync($"/api/v1/clusters/{cluster}")).JsonAsync()).GetProperty("size").GetInt32());
        Assert.That(sizes.Order(), Is.EqualTo(new[] { 4, 5 }));
    }
}
