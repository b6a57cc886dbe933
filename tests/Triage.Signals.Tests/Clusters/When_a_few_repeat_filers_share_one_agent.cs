using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Three professional repeat filers send one agent's letter four times each: twelve complaints behind one agent phone,
// but three people. A stranger's complaint holds the letter's own sentences. A group this few people fill is not an
// outfit's membership, so it has no core for the stranger to join; an outfit's six members would have one.
public class When_a_few_repeat_filers_share_one_agent
{
    private const string First = "委托人借款时被收取高额服务费和会员费，到手金额远低于合同金额";
    private const string Second = "我方已将全部还款流水和通话录音公证留存，随时可以提交给监管部门审查";

    private List<ComplaintFacts> _filers = null!;
    private ComplaintFacts _stranger = null!;
    private List<ComplaintFacts> _all = null!;

    [OneTimeSetUp]
    public void File()
    {
        _filers = SpunOutfit.Members("filer", First, Second, day: 0, agent: "agent-repeat")
            .Concat(SpunOutfit.Members("filer", First, Second, day: 2, agent: "agent-repeat"))
            .Select((complaint, i) => Refiled(complaint, $"repeat-filer-{i % 3}"))
            .ToList();
        _stranger = Filing.By("stranger").Saying($"我在县城开小饭馆，今年生意一落千丈，房租都交不上。{First}。{Second}。").OnDay(1).Build();
        var others = StockPhrases.Bystanders();
        _all = [.. _filers, _stranger, .. others];
    }

    [Test]
    public async Task Should_keep_the_stranger_out_of_their_group()
    {
        var clusters = await HindsightClusters.BuildAsync(_all);

        Assert.That(clusters.ClusterOf(_filers[0].Id), Is.EquivalentTo(_filers.Select(c => c.Id)));
        Assert.That(clusters.ClusterOf(_stranger.Id), Is.Null);
    }

    // The same group counted as if its complainants were many: then it has a core, and the stranger's text covers it.
    [Test]
    public async Task Should_have_let_the_stranger_in_had_the_group_been_many_people()
    {
        var clusters = await HindsightClusters.BuildAsync(_all, new ClusterOptions { CoreMinPeopleShare = 0 });

        Assert.That(clusters.ClusterOf(_stranger.Id), Does.Contain(_filers[0].Id));
    }

    // The member's complaint as filed again by one of the three people: their ID number instead of the member's.
    private static ComplaintFacts Refiled(ComplaintFacts complaint, string person) => complaint with
    {
        Id = Guid.NewGuid(),
        Identifiers = [.. complaint.Identifiers.Where(i => i.Kind != IdentifierKind.ComplainantIdNumber), Filing.Hash(IdentifierKind.ComplainantIdNumber, person)],
    };
}
