using Triage.Testing;
using Triage.Tests.Infrastructure;
using Triage.Tests.Signals;

namespace Triage.Tests.Clusters;

// One borrower files through ring A's agent, then through ring B's: the second filing shares B's agent phone and
// company, and the borrower's own ID number with the first. The person's filings never join two groups of other people.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_one_person_files_through_two_rings(string storage) : StorageFixture(storage)
{
    protected override Dictionary<string, string?> Settings => new() { ["Triage:Roles"] = "all" };

    [Test]
    public async Task Should_join_the_second_ring_and_leave_the_first_apart()
    {
        var day = Ring.NextDay();
        var (phoneA, phoneB) = (Ring.AgentPhone(), Ring.AgentPhone());
        var ringA = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(phoneA, day, size: 4, organization: "甲法务咨询有限公司")));
        var ringB = await Factory.ClusterOfAsync(await Factory.SubmitAllAsync(Ring.Complaints(phoneB, day, size: 4, organization: "乙债务优化服务中心", shift: 4, otherTemplate: true)));
        var idNumber = ResidentIds.Make(Random.Shared.Next(60_000, 90_000));
        var first = Ring.Complaints(phoneA, day, size: 1, organization: "甲法务咨询有限公司", shift: 8)[0];
        var second = Ring.Complaints(phoneB, day, size: 1, organization: "乙债务优化服务中心", shift: 8, otherTemplate: true)[0];
        foreach (var (filing, hour) in new[] { (first, 20), (second, 22) })
        {
            filing["receivedAt"] = $"{day}T{hour}:00:00+08:00";
            filing["complainant"]!["idNumber"] = idNumber;
        }

        var withA = await Factory.ClusterOfAsync([await Factory.SubmitAsync(first)]);
        var withB = await Factory.ClusterOfAsync([await Factory.SubmitAsync(second)]);

        Assert.That(ringA, Is.Not.EqualTo(ringB));
        Assert.That((withA, withB), Is.EqualTo((ringA, ringB)));
    }
}
