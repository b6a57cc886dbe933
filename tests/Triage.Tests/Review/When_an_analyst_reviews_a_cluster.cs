using System.Net;
using System.Text.RegularExpressions;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Review;

public class When_an_analyst_reviews_a_cluster : ReviewPageTest
{
    private static readonly TimeSpan ClusterWait = TimeSpan.FromSeconds(90);

    private IReadOnlyList<Guid> _ring = [];
    private string _clusterId = null!;

    [OneTimeSetUp]
    public async Task FileTheRing()
    {
        using var desk = Host.Client("dev-desk-key");
        var response = await desk.PostJsonAsync("/api/v1/complaints/batch", AgentRing.Complaints(DateTimeOffset.UtcNow.AddHours(-5)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.That(results.Select(r => r.GetProperty("status").GetString()), Has.None.EqualTo("rejected"), "the ring's complaints must be valid");
        _ring = results.Select(r => r.GetProperty("id").GetGuid()).ToList();
        _clusterId = await RingCluster.WaitAsync(Host, _ring, ClusterWait);
    }

    [Test]
    public async Task Should_send_every_member_to_the_handlers_when_the_top_cluster_is_dismissed()
    {
        await SignInAsync("dev-analyst-key");
        var top = Page.GetByTestId("cluster-row").First;
        await Expect(top).ToHaveAttributeAsync("data-cluster-id", _clusterId);
        await top.GetByTestId("cluster-link").ClickAsync();

        await Expect(Page.GetByTestId("cluster-view")).ToHaveAttributeAsync("data-cluster-id", _clusterId);
        await Expect(Page.GetByTestId("member-row")).ToHaveCountAsync(_ring.Count);
        await Expect(Page.GetByTestId("member-route")).ToHaveTextAsync(Enumerable.Repeat("fraud-review", _ring.Count));
        await Expect(Page.GetByTestId("template-span").First).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("timeline-bar").First).ToBeAttachedAsync();

        await Page.GetByTestId("verdict-note").FillAsync("逐一电话核实：借款人确有失业证明，诉求由本人提出，不是代理维权。");
        await Page.GetByTestId("verdict-dismiss").ClickAsync();

        await Expect(Page.GetByTestId("verdict-result")).ToContainTextAsync("Dismissed");
        await Expect(Page.GetByTestId("member-route")).ToHaveTextAsync(
            Enumerable.Repeat(new Regex("^handling/"), _ring.Count), new() { Timeout = 30_000 });
        using var desk = Host.Client("dev-desk-key");
        foreach (var id in _ring)
        {
            var complaint = await (await desk.GetAsync($"/api/v1/complaints/{id}")).JsonAsync();
            Assert.That(complaint.GetProperty("route").GetProperty("destination").GetString(), Does.StartWith("handling/"), $"complaint {id}");
        }
    }

    [Test]
    public async Task Should_show_a_members_text_masked_and_the_reasons_behind_its_score()
    {
        await SignInAsync("dev-analyst-key");
        await Expect(Page.GetByTestId("cluster-list")).ToBeVisibleAsync();
        await Page.GotoAsync($"/review/#/clusters/{_clusterId}");
        await Page.GetByTestId("member-link").First.ClickAsync();

        var view = Page.GetByTestId("complaint-view");
        await Expect(view).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("complaint-text")).ToContainTextAsync("停息挂账");
        await Expect(Page.GetByTestId("complaint-reason").First).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("complaint-score")).ToHaveTextAsync(new Regex(@"^[01]\.\d\d$"));
        await Expect(Page.GetByTestId("complaint-model")).Not.ToHaveTextAsync("—");
        await Expect(view).Not.ToContainTextAsync("1370000");
        await Expect(view).Not.ToContainTextAsync(AgentRing.AgentPhone);
    }
}
