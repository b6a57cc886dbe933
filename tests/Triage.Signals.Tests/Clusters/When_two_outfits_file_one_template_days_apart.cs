using Triage.Signals.Clusters;

namespace Triage.Signals.Tests.Clusters;

// Outfits buy one template on one market; what tells two of them apart when they file it word for word is their
// identifiers and their timing (TimesApart): a group whose linked sets file in bursts two days or more apart, each of at
// least five filings, is taken apart into its bursts.
public class When_two_outfits_file_one_template_days_apart
{
    private static readonly DateTimeOffset Start = new(2026, 10, 12, 9, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void Should_take_apart_an_outfit_behind_one_phone_and_coached_members_who_file_the_template_a_week_later()
    {
        var (first, second) = (Ids(6), Ids(6));
        var times = Times(first, 0).Concat(Times(second, 8)).ToDictionary();
        List<ClusterLink> links = [.. Templates([.. first, .. second]), .. Chain(first, ClusterLinkKind.RepresentativePhone)];

        var apart = new ClusterBuilder(new ClusterOptions()).Build([.. first, .. second], links, times: times);
        var whole = new ClusterBuilder(new ClusterOptions()).Build([.. first, .. second], links);
        var off = new ClusterBuilder(new ClusterOptions { TimesApartGap = null }).Build([.. first, .. second], links, times: times);

        Assert.That(apart.Clusters, Is.EquivalentTo(new[] { first, second }));
        Assert.That(apart.ApartInTime, Is.EqualTo(1));
        Assert.That(whole.Clusters, Is.EqualTo(new[] { first.Concat(second).ToArray() }), "without the times, the template holds them together");
        Assert.That(off.Clusters, Has.Count.EqualTo(1), "off");
    }

    [Test]
    public void Should_keep_an_outfit_whole_that_files_its_members_again_a_week_later()
    {
        var (members, again) = (Ids(6), Ids(6));
        var times = Times(members, 0).Concat(Times(again, 8)).ToDictionary();
        // Each member's second filing is linked to their first by their own ID number.
        List<ClusterLink> links = [.. Templates([.. members, .. again]), .. members.Zip(again, (a, b) => Link(a, b, ClusterLinkKind.Complainant))];

        var partition = new ClusterBuilder(new ClusterOptions()).Build([.. members, .. again], links, times: times);

        Assert.That(partition.Clusters, Is.EqualTo(new[] { members.Concat(again).ToArray() }));
        Assert.That(partition.ApartInTime, Is.Zero);
    }

    [Test]
    public void Should_keep_a_few_late_filings_with_the_outfit_they_follow()
    {
        var (outfit, late) = (Ids(10), Ids(3));
        var times = Times(outfit, 0).Concat(Times(late, 7)).ToDictionary();
        List<ClusterLink> links = [.. Templates([.. outfit, .. late])];

        var partition = new ClusterBuilder(new ClusterOptions()).Build([.. outfit, .. late], links, times: times);

        Assert.That(partition.Clusters, Is.EqualTo(new[] { outfit.Concat(late).ToArray() }), "three filings are fewer than five: a straggling burst");
        Assert.That(new ClusterBuilder(new ClusterOptions { TimesApartMinSize = 3 }).Build([.. outfit, .. late], links, times: times).Clusters,
            Is.EquivalentTo(new[] { outfit, late }));
    }

    [Test]
    public void Should_keep_filings_less_than_two_days_apart_in_one_burst()
    {
        var (first, second) = (Ids(6), Ids(6));
        // The first group files an hour apart over 6 hours; the second starts 1.5 days after the first group's last.
        var times = Times(first, 0).Concat(second.Select((id, i) => (id, Start.AddHours(5 + 36 + i)))).ToDictionary();
        List<ClusterLink> links = [.. Templates([.. first, .. second])];

        var partition = new ClusterBuilder(new ClusterOptions()).Build([.. first, .. second], links, times: times);

        Assert.That(partition.Clusters, Has.Count.EqualTo(1));
    }

    private static Guid[] Ids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    // One filing an hour from the day given on.
    private static IEnumerable<(Guid, DateTimeOffset)> Times(Guid[] ids, int day) => ids.Select((id, i) => (id, Start.AddDays(day).AddHours(i)));

    private static IEnumerable<ClusterLink> Templates(Guid[] all) =>
        all.SelectMany((a, i) => all.Skip(i + 1).Select(b => new ClusterLink(a, b, ClusterLinkKind.Template, 0.9, null)));

    private static IEnumerable<ClusterLink> Chain(Guid[] ids, ClusterLinkKind kind) => ids.Zip(ids.Skip(1), (a, b) => Link(a, b, kind));

    private static ClusterLink Link(Guid from, Guid to, ClusterLinkKind kind) => new(from, to, kind, ClusterLinkFinder.Strength(kind), "AB12");
}
