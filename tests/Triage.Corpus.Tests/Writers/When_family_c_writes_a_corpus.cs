using Triage.Corpus.People;
using Triage.Corpus.Text;
using Triage.Corpus.Writers.C;

namespace Triage.Corpus.Tests.Writers;

public class When_family_c_writes_a_corpus
{
    private static readonly Lazy<List<LabelledComplaint>> Corpus = new(() => Generate().ToList());

    private static IEnumerable<LabelledComplaint> Generate() =>
        new CorpusGenerator(new CorpusOptions { Seed = 9, Complaints = 3_000, Writer = "c" }).Generate();

    [Test]
    public void the_same_seed_gives_the_same_texts()
    {
        var again = Generate().ToList();
        Assert.That(again.Select(c => (c.Label.ExternalId, c.Label.Kind, c.Complaint.Text)),
            Is.EqualTo(Corpus.Value.Select(c => (c.Label.ExternalId, c.Label.Kind, c.Complaint.Text))));
    }

    [Test]
    public void every_kind_appears_with_a_non_empty_text_of_at_most_ten_thousand_characters()
    {
        foreach (var kind in ComplaintKind.All)
        {
            var texts = Corpus.Value.Where(c => c.Label.Kind == kind).Select(c => c.Complaint.Text).ToList();
            Assert.That(texts, Is.Not.Empty, kind);
            Assert.That(texts, Has.All.Matches<string>(t => !string.IsNullOrWhiteSpace(t) && t.Length <= 10_000), kind);
        }
    }

    [Test]
    public void no_slot_is_left_unfilled()
    {
        var leftovers = Corpus.Value.Select(c => c.Complaint.Text)
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, "<[A-Za-z/我][A-Za-z0-9]*>")).Take(3).ToList();
        Assert.That(leftovers, Is.Empty);
    }

    [Test]
    public void members_of_one_copy_paste_outfit_are_far_more_alike_than_members_of_two_outfits()
    {
        var copyPaste = Within(Members(0));
        var spun = Within(Members(0.5));
        var across = Across(Members(0));
        TestContext.Out.WriteLine($"copy-paste within {copyPaste:F3}, spun within {spun:F3}, across outfits {across:F3}");
        Assert.That(copyPaste, Is.GreaterThan(0.6));
        Assert.That(spun, Is.GreaterThan(across * 2));
        Assert.That(copyPaste, Is.GreaterThan(across * 3));
    }

    [Test]
    public void agent_filed_members_of_one_ring_are_more_alike_than_members_of_two_rings()
    {
        var rings = Corpus.Value.Where(c => c.Label.Kind == ComplaintKind.Ring)
            .GroupBy(c => c.Label.Group).Where(g => g.Count() >= 4)
            .Select(g => g.Take(12).Select(c => Shingles.Of(c.Complaint.Text)).ToList()).ToList();
        var within = rings.Select(MeanPairwise).Average();
        var across = rings.Zip(rings.Skip(1)).Select(p => Mean(p.First.SelectMany(a => p.Second.Select(b => Shingles.Jaccard(a, b))))).Average();
        TestContext.Out.WriteLine($"rings {rings.Count}: within {within:F3}, across {across:F3}");
        Assert.That(within, Is.GreaterThan(across * 2));
    }

    [Test]
    public void complaints_about_one_incident_share_a_topic_but_not_a_text()
    {
        var groups = Corpus.Value.Where(c => c.Label.Kind == ComplaintKind.Incident).GroupBy(c => c.Label.Group).Where(g => g.Count() >= 5)
            .Select(g => g.Select(c => Shingles.Of(c.Complaint.Text)).ToList()).ToList();
        var pairs = groups.SelectMany(Pairs).ToList();
        TestContext.Out.WriteLine($"incidents {groups.Count}: mean {pairs.Average():F3}, share above 0.6 {pairs.Count(j => j > 0.6) / (double)pairs.Count:P2}");
        Assert.That(pairs.Average(), Is.LessThan(0.2));
        Assert.That(pairs.Count(j => j > 0.6), Is.LessThan(pairs.Count * 0.02));
    }

    [Test]
    public void filings_by_one_repeat_complainant_are_not_near_copies()
    {
        var people = Corpus.Value.Where(c => c.Label.Kind == ComplaintKind.Repeat).GroupBy(c => c.Label.Group).Where(g => g.Count() >= 3)
            .Select(g => g.Select(c => Shingles.Of(c.Complaint.Text)).ToList()).ToList();
        var pairs = people.SelectMany(Pairs).ToList();
        TestContext.Out.WriteLine($"repeat people {people.Count}: mean {pairs.Average():F3}, share above 0.6 {pairs.Count(j => j > 0.6) / (double)pairs.Count:P2}");
        Assert.That(pairs.Average(), Is.LessThan(0.3));
        Assert.That(pairs.Count(j => j > 0.6), Is.LessThan(pairs.Count * 0.05));
    }

    // Eight outfits, each rendered for ten borrowers with their own names, amounts and dates.
    private static List<List<HashSet<string>>> Members(double spin)
    {
        var writer = new WriterC();
        var now = CorpusOptions.DefaultEnd;
        return Enumerable.Range(0, 8).Select(o =>
        {
            var template = writer.RingTemplate(new Random(100 + o), o % 2 == 0, o % 3 == 0, spin);
            var rng = new Random(7 + o);
            return Enumerable.Range(0, 10).Select(i =>
            {
                var person = new Person($"p{o}-{i}", ChineseNames.Full(rng, i % 2 == 0).Han, "x", i % 2 == 0, new DateOnly(1990, 1, 1).AddDays(rng.Next(9000)),
                    Regions.Pick(rng), Phones.Mobile(rng), "110105199001011234", "C1", "a@b.c", "dev", "1.1.1.1");
                var context = new TextContext(person, CaseDetailsFactory.Create(rng, now), now, rng.Next(36))
                {
                    Organization = "某某咨询", AgentName = "李老师", AgentPhone = "13800000000", FirstDate = "10月1日",
                    Extras = new Dictionary<string, string> { ["hardship"] = writer.RingHardships[rng.Next(writer.RingHardships.Count)] },
                };
                return Shingles.Of(template.Render(rng, context, false, false));
            }).ToList();
        }).ToList();
    }

    private static double Within(List<List<HashSet<string>>> outfits) => outfits.Select(MeanPairwise).Average();

    private static double Across(List<List<HashSet<string>>> outfits) =>
        Mean(outfits.SelectMany((a, i) => outfits.Skip(i + 1).SelectMany(b => a.SelectMany(x => b.Select(y => Shingles.Jaccard(x, y))))));

    private static double MeanPairwise(List<HashSet<string>> texts) => Mean(Pairs(texts));

    private static IEnumerable<double> Pairs(List<HashSet<string>> texts) =>
        texts.SelectMany((a, i) => texts.Skip(i + 1).Select(b => Shingles.Jaccard(a, b)));

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
