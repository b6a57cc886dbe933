namespace Triage.Corpus.Tests;

// Two outfits never take the same name: filings naming one organisation are one outfit's, so the labels cannot call
// them two rings. Seed 303 with writer b drew one name for rings 0008 and 0024 before names were kept apart.
public class When_outfits_are_named
{
    [Test]
    public void Should_give_each_ring_an_organisation_of_its_own()
    {
        var corpus = new CorpusGenerator(new CorpusOptions { Seed = 303, Complaints = 20_000, Writer = "b" }).Generate().ToList();

        var ringsByOrganization = corpus
            .Where(c => c.Label.Group.StartsWith("ring-", StringComparison.Ordinal) && c.Complaint.Representative?.Organization is not null)
            .GroupBy(c => c.Complaint.Representative!.Organization!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Label.Group).Distinct().Count());

        Assert.Multiple(() =>
        {
            Assert.That(ringsByOrganization, Has.Count.GreaterThan(30), "rings name their organisation in this corpus");
            Assert.That(ringsByOrganization.Where(o => o.Value > 1).Select(o => o.Key), Is.Empty);
        });
    }
}
