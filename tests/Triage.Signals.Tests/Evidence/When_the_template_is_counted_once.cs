using Triage.Corpus.Synthetic;
using Triage.Signals.Features;
using Triage.Signals.Hindsight;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

// template_sharers_30d: how many other people share a complaint's template, whether they copied it whole (near-duplicates)
// or retyped it and kept its rare sentences. A named law firm's letters share the legal register with other firms' letters
// and the firm's house letter with its other clients: for them the count holds no one.
public class When_the_template_is_counted_once
{
    private const string Template = When_a_coached_member_retypes_the_template.Template;
    private const string Retyped = When_a_coached_member_retypes_the_template.Retyped;

    private static async Task<(HindsightCorpus Corpus, List<ComplaintFacts> Ring, ComplaintFacts Coached)> CorpusAsync(string? organization)
    {
        var background = new SyntheticCorpus(41).Generate(150, ringShare: 0)
            .Select((c, i) => FactsBuilder.Complaint().At(i % 20).Text(c.Text).IdNumber(c.Owner).Build()).ToList();
        var ring = Enumerable.Range(0, 4)
            .Select(i => FactsBuilder.Complaint().At(i * 0.1).Channel("letter").Text(Template).Phone($"client-{i}").Name($"委托人{i}"))
            .Select((b, i) => (organization is null ? b : b.Representative("lawyer", $"1390000000{i}", organization)).Build())
            .ToList();
        var coached = FactsBuilder.Complaint().At(1).Channel("regulator").Text(Retyped).Phone("coached").Name("郑秀芬").Build();
        var corpus = new HindsightCorpus(new SignalOptions());
        await corpus.AddAllAsync([.. background, .. ring, coached]);
        return (corpus, ring, coached);
    }

    [Test]
    public async Task Should_count_copies_and_retypings_alike()
    {
        var (corpus, ring, coached) = await CorpusAsync(organization: null);
        using var _ = corpus;

        var copy = await corpus.SignalsAsync(ring[0]);
        var retyping = await corpus.SignalsAsync(coached);

        Assert.That(copy[SignalNames.NearDuplicates30d], Is.EqualTo(ring.Count - 1), "the copies are near-duplicates of each other");
        Assert.That(copy[SignalNames.TemplateSharers30d], Is.EqualTo(Math.Max(copy[SignalNames.NearDuplicates30d], copy[SignalNames.RareContentSharers30d])));
        Assert.That(retyping[SignalNames.NearDuplicates30d], Is.EqualTo(0), "the retyping is not a near-duplicate");
        Assert.That(retyping[SignalNames.TemplateSharers30d], Is.EqualTo(ring.Count), "she kept the template's rare sentences");
    }

    [Test]
    public async Task Should_hold_no_one_for_a_named_law_firms_letters()
    {
        var (corpus, ring, _) = await CorpusAsync(organization: "杭州某某律师事务所");
        using var _ = corpus;

        var letter = await corpus.SignalsAsync(ring[0]);

        Assert.That(letter[SignalNames.NearDuplicates30d], Is.EqualTo(ring.Count - 1), "the firm's letters are near-duplicates");
        Assert.That(letter[SignalNames.RepresentativeLawFirm], Is.EqualTo(1));
        Assert.That(letter[SignalNames.TemplateSharers30d], Is.EqualTo(0));
        Assert.That(letter[SignalNames.TemplateWithDemands30d], Is.EqualTo(0), "nor with the waiver it asks for");
    }

    [Test]
    public async Task Should_count_an_outfits_letters_that_call_it_a_lawyer()
    {
        var (corpus, ring, _) = await CorpusAsync(organization: "某某法务服务部");
        using var _ = corpus;

        var letter = await corpus.SignalsAsync(ring[0]);

        Assert.That(letter[SignalNames.RepresentativeLawFirm], Is.EqualTo(0));
        Assert.That(letter[SignalNames.TemplateSharers30d], Is.EqualTo(ring.Count - 1));
    }
}
