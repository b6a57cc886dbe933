using Triage.Corpus.People;
using Triage.Corpus.Text;
using Triage.Corpus.Writers;
using Triage.Corpus.Writers.B;

namespace Triage.Corpus.Tests.Writers;

public class When_family_b_writes_a_corpus
{
    private static readonly CorpusOptions Options = new() { Seed = 9, Complaints = 3_000, Writer = "b" };
    private static List<LabelledComplaint> corpus = null!;

    [OneTimeSetUp]
    public void Generate() => corpus = new CorpusGenerator(Options).Generate().ToList();

    [Test]
    public void The_same_seed_gives_the_same_texts()
    {
        var again = new CorpusGenerator(Options).Generate().Select(c => c.Complaint.Text).ToList();

        Assert.That(again, Is.EqualTo(corpus.Select(c => c.Complaint.Text).ToList()));
    }

    [Test]
    public void Every_kind_appears_with_a_text_of_sensible_length()
    {
        var kinds = corpus.Where(c => c.Complaint.Text.Trim().Length > 0 && c.Complaint.Text.Length <= 10_000)
            .Select(c => c.Label.Kind).Distinct().Order().ToList();

        Assert.That(kinds, Is.EqualTo(ComplaintKind.All.Order().ToList()));
    }

    [Test]
    public void A_mixed_corpus_has_texts_of_both_families()
    {
        var mixed = new CorpusOptions { Seed = 9, Complaints = 1_500, Writer = "mixed" };
        var hand = WriterChoice.For("mixed", mixed.Seed);
        var families = new CorpusGenerator(mixed).Generate()
            .Where(c => c.Label.Kind is ComplaintKind.Genuine or ComplaintKind.Ring && c.Complaint.Text.Length > 0)
            .Select(c => hand(c.Label.Group).Name).Distinct().Order().ToList();

        Assert.That(families, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Members_of_one_ring_are_far_more_alike_than_members_of_two_rings()
    {
        var rings = Groups(ComplaintKind.Ring);
        var within = rings.Select(Within).Where(j => !double.IsNaN(j)).Average();
        var across = Across(rings);
        TestContext.Out.WriteLine($"ring within {within:F3}, across rings {across:F3}");

        Assert.That(within > 2.5 * across, Is.True, $"within {within:F3} vs across {across:F3}");
    }

    [Test]
    public void Complaints_about_one_incident_are_not_near_copies()
    {
        var incidents = Groups(ComplaintKind.Incident).Select(Within).Where(j => !double.IsNaN(j)).Average();
        var rings = Groups(ComplaintKind.Ring).Select(Within).Where(j => !double.IsNaN(j)).Average();
        TestContext.Out.WriteLine($"incident within {incidents:F3}, ring within {rings:F3}");

        Assert.That(incidents < 0.5 * rings && incidents < 0.2, Is.True, $"incidents {incidents:F3} vs rings {rings:F3}");
    }

    [Test]
    public void Filings_of_one_repeat_complainant_are_freshly_written()
    {
        var repeats = Groups(ComplaintKind.Repeat).Select(Within).Where(j => !double.IsNaN(j)).Average();
        TestContext.Out.WriteLine($"repeat within {repeats:F3}");

        Assert.That(repeats < 0.25, Is.True, $"repeat {repeats:F3}");
    }

    [Test]
    public void A_copy_paste_outfit_copies_closer_than_a_spinning_one_and_both_closer_than_another_outfit()
    {
        var writer = new WriterB();
        var rng = new Random(5);
        var people = new PersonFactory(new Networks(rng, 1_000), CorpusOptions.DefaultEnd);
        var contexts = Enumerable.Range(0, 12).Select(_ => Context(rng, people)).ToList();
        double Alike(IRingTemplate t) => Within(contexts.Select(c => t.Render(rng, c, false, false)).ToList());
        var copy = Enumerable.Range(0, 20).Select(_ => Alike(writer.RingTemplate(rng, true, true, 0))).Average();
        var spun = Enumerable.Range(0, 20).Select(_ => Alike(writer.RingTemplate(rng, true, true, 0.6))).Average();
        var others = Enumerable.Range(0, 40).Select(_ => writer.RingTemplate(rng, true, true, 0))
            .Select((t, i) => Shingles.Of(t.Render(rng, contexts[i % contexts.Count], false, false))).ToList();
        var across = others.SelectMany((a, i) => others.Skip(i + 1).Select(b => Shingles.Jaccard(a, b))).Average();
        TestContext.Out.WriteLine($"copy-paste {copy:F3}, spun {spun:F3}, two outfits {across:F3}");

        Assert.That(copy > spun && spun > 2 * across, Is.True, $"copy {copy:F3}, spun {spun:F3}, across {across:F3}");
    }

    private static TextContext Context(Random rng, PersonFactory people)
    {
        var now = CorpusOptions.DefaultEnd.AddDays(-rng.Next(1, 50));
        return new TextContext(people.Create(rng), CaseDetailsFactory.Create(rng, now), now, rng.Next(36))
        {
            Organization = "某某法务咨询有限公司", AgentName = "王经理", AgentPhone = "13900000000", FirstDate = "10月3日",
            Extras = new Dictionary<string, string> { ["hardship"] = new WriterB().RingHardships[rng.Next(12)] },
        };
    }

    private static List<List<string>> Groups(string kind) => corpus.Where(c => c.Label.Kind == kind)
        .GroupBy(c => c.Label.Group, StringComparer.Ordinal).Select(g => g.Select(c => c.Complaint.Text).Take(15).ToList())
        .Where(g => g.Count >= 3).ToList();

    private static double Within(List<string> texts)
    {
        var sets = texts.Select(Shingles.Of).ToList();
        var pairs = sets.SelectMany((a, i) => sets.Skip(i + 1).Select(b => Shingles.Jaccard(a, b))).ToList();
        return pairs.Count == 0 ? double.NaN : pairs.Average();
    }

    private static double Across(List<List<string>> groups)
    {
        var firsts = groups.Select(g => Shingles.Of(g[0])).ToList();
        return firsts.SelectMany((a, i) => firsts.Skip(i + 1).Select(b => Shingles.Jaccard(a, b))).Average();
    }
}
