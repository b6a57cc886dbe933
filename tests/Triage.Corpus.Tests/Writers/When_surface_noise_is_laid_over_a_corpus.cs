namespace Triage.Corpus.Tests.Writers;

public class When_surface_noise_is_laid_over_a_corpus
{
    private static List<LabelledComplaint> Generate(bool noise) =>
        new CorpusGenerator(new CorpusOptions { Seed = 11, Complaints = 1_500, SurfaceNoise = noise }).Generate().ToList();

    [Test]
    public void Should_change_only_the_texts_and_the_same_way_every_time()
    {
        var plain = Generate(false);
        var noisy = Generate(true);
        var again = Generate(true);

        Assert.That(noisy.Select(c => c.Complaint.Text), Is.EqualTo(again.Select(c => c.Complaint.Text)));
        Assert.That(noisy.Select(c => c.Label), Is.EqualTo(plain.Select(c => c.Label)));
        Assert.That(noisy.Select(c => c.Complaint with { Text = "" }), Is.EqualTo(plain.Select(c => c.Complaint with { Text = "" })));
        var changed = noisy.Zip(plain).Count(p => p.First.Complaint.Text != p.Second.Complaint.Text);
        Assert.That(changed, Is.GreaterThan(plain.Count / 3));
        Assert.That(noisy.Select(c => c.Complaint.Text), Is.All.Not.Empty);
    }
}
