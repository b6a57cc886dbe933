using Triage.Contracts;
using Triage.Corpus.People;

namespace Triage.Corpus.Tests;

public class When_an_id_number_is_made
{
    [TestCase("11010519491231002X")]
    [TestCase("11010119900307803X")]
    public void Should_accept_published_examples(string id)
    {
        Assert.That(ResidentIdNumbers.IsValid(id), Is.True);
        Assert.That(ResidentIdNumbers.IsValid(id[..17] + (id[17] == '0' ? '1' : '0')), Is.False, "another check character");
        Assert.That(ResidentIdNumbers.IsValid(id[..16] + "A" + id[17]), Is.False, "a letter among the 17 digits");
        Assert.That(ResidentIdNumbers.IsValid(id[..17]), Is.False, "17 characters");
    }

    [Test]
    public void Should_compute_the_gb_11643_check_digit()
    {
        var rng = new Random(3);
        var ids = Enumerable.Range(0, 500)
            .Select(_ => IdNumbers.Create(rng, Regions.Pick(rng), new DateOnly(1990, 1, 1).AddDays(rng.Next(10_000)), rng.Next(2) == 0));

        Assert.That(ids, Has.All.Matches<string>(WireFormat.ValidIdNumber));
    }
}
