using System.Text.Json;

namespace Triage.Corpus.Tests;

public class When_a_default_corpus_is_generated
{
    private static GeneratedCorpus Corpus => GeneratedCorpus.Default;

    [Test]
    public void Should_write_the_requested_number_of_complaints_and_labels()
    {
        Assert.That(Corpus.ComplaintLines, Has.Length.EqualTo(5_000));
        Assert.That(Corpus.LabelLines, Has.Length.EqualTo(5_000));
    }

    [Test]
    public void Should_write_valid_wire_format_on_every_line()
    {
        var problems = Corpus.Complaints
            .Select((complaint, line) => (line: line + 1, problems: WireFormat.Problems(complaint)))
            .Where(p => p.problems.Count > 0)
            .Select(p => $"line {p.line}: {string.Join(", ", p.problems)}")
            .Take(10)
            .ToList();

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Should_give_every_complaint_a_unique_external_id()
    {
        var ids = Corpus.Complaints.Select(c => WireFormat.String(c, "externalId")).ToList();

        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void Should_line_up_each_label_with_its_complaint()
    {
        foreach (var (complaint, label) in Corpus.Items)
        {
            Assert.That(WireFormat.String(label, "externalId"), Is.EqualTo(WireFormat.String(complaint, "externalId")));
            Assert.That(label.GetProperty("suspect").GetBoolean(), Is.EqualTo(ComplaintKind.IsSuspect(WireFormat.String(label, "kind")!)));
            Assert.That(WireFormat.String(label, "group"), Does.Match(@"^(ring-\d{4}|person-\d{5,}|incident-\d{3,})$"));
        }
    }

    [Test]
    public void Should_contain_every_kind()
    {
        var kinds = Corpus.Labels.Select(l => WireFormat.String(l, "kind")).ToHashSet();

        Assert.That(kinds, Is.EquivalentTo(ComplaintKind.All));
    }

    [Test]
    public void Should_hold_the_suspect_share_within_five_points()
    {
        var share = Corpus.Labels.Count(l => l.GetProperty("suspect").GetBoolean()) / (double)Corpus.Labels.Length;

        Assert.That(share, Is.EqualTo(0.20).Within(0.05));
    }

    [Test]
    public void Should_arrive_in_order_inside_the_timeline()
    {
        var times = Corpus.Complaints.Select(c => c.GetProperty("receivedAt").GetDateTimeOffset()).ToList();

        Assert.That(times, Is.Ordered);
        Assert.That(times[0], Is.GreaterThanOrEqualTo(CorpusOptions.DefaultEnd.AddDays(-60)));
        Assert.That(times[^1], Is.LessThanOrEqualTo(CorpusOptions.DefaultEnd));
    }

    [Test]
    public void Should_keep_honest_kinds_free_of_any_single_giveaway()
    {
        var honest = Corpus.Items.Where(i => !i.Label.GetProperty("suspect").GetBoolean()).Select(i => i.Complaint).ToList();

        Assert.That(honest.Count(c => WireFormat.String(c, "channel") == "regulator"), Is.GreaterThan(100));
        Assert.That(honest.Count(c => c.TryGetProperty("representative", out _)), Is.GreaterThan(100));
        Assert.That(honest.Count(c => WireFormat.String(c, "text")!.Contains("12378")), Is.GreaterThan(10));
        Assert.That(honest.Count(c => WireFormat.String(c, "text")!.Contains("减免")), Is.GreaterThan(20));
    }

    [Test]
    public void Should_let_some_ring_members_file_through_the_app_or_web()
    {
        var online = Corpus.Items.Count(i => WireFormat.String(i.Label, "kind") is "ring" or "coached"
            && WireFormat.String(i.Complaint, "channel") is "app" or "web");

        Assert.That(online, Is.GreaterThan(20));
    }

    [Test]
    public void Should_leave_no_representative_on_coached_members()
    {
        var coached = Corpus.Items.Where(i => WireFormat.String(i.Label, "kind") == "coached").Select(i => i.Complaint).ToList();

        Assert.That(coached, Is.Not.Empty);
        Assert.That(coached.Where(c => c.TryGetProperty("representative", out _)), Is.Empty);
        Assert.That(coached.Where(c => WireFormat.String(c, "text")!.Contains("委托")), Is.Empty);
    }

    [Test]
    public void Should_give_repeat_complainants_many_filings()
    {
        var filings = Corpus.Labels.Where(l => WireFormat.String(l, "kind") == "repeat")
            .GroupBy(l => WireFormat.String(l, "group")).Select(g => g.Count()).ToList();

        Assert.That(filings.Average(), Is.GreaterThan(3));
    }

    [Test]
    public void Should_burst_incidents_within_a_day()
    {
        var spans = Corpus.Items.Where(i => WireFormat.String(i.Label, "kind") == "incident")
            .GroupBy(i => WireFormat.String(i.Label, "group"))
            .Select(g => g.Max(i => i.Complaint.GetProperty("receivedAt").GetDateTimeOffset()) - g.Min(i => i.Complaint.GetProperty("receivedAt").GetDateTimeOffset()));

        Assert.That(spans, Has.All.LessThanOrEqualTo(TimeSpan.FromHours(24)));
    }

    [Test]
    public void Should_put_unrelated_honest_people_behind_shared_addresses()
    {
        var sharedIps = Corpus.Items.Where(i => !i.Label.GetProperty("suspect").GetBoolean())
            .Where(i => i.Complaint.TryGetProperty("origin", out var o) && o.TryGetProperty("ip", out _))
            .GroupBy(i => i.Complaint.GetProperty("origin").GetProperty("ip").GetString())
            .Count(g => g.Select(i => WireFormat.String(i.Label, "group")).Distinct().Count() >= 5);

        Assert.That(sharedIps, Is.GreaterThan(3));
    }
}
