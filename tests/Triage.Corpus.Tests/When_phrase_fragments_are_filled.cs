using Triage.Corpus.People;
using Triage.Corpus.Text;

namespace Triage.Corpus.Tests;

public class When_phrase_fragments_are_filled
{
    [Test]
    public void Should_resolve_every_slot_and_choice_in_every_bank()
    {
        var rng = new Random(1);
        var now = CorpusOptions.DefaultEnd;
        var person = new PersonFactory(new Networks(rng, 100), now).Create(rng);
        var context = new TextContext(person, CaseDetailsFactory.Create(rng, now), now, 4)
        {
            FirstDate = "10月3日", Ticket = "APP-20261003-0001", Organization = "某某法务咨询有限公司", AgentName = "王法务",
            AgentPhone = "13900000000", LawFirm = "某某律师事务所", Lawyer = "李明", IncidentAt = now.AddHours(-3),
            Extras = new Dictionary<string, string>
            {
                ["familyRole"] = "女儿", ["familyRole2"] = "妈", ["familyReason"] = "住院了", ["familyReason2"] = "她住院了",
                ["pronoun"] = "她", ["hardship"] = "失业", ["count"] = "3", ["target"] = "张三",
            },
        };
        var bank = PhraseBank.Shared;

        var unresolved = bank.Keys.Where(key => key != "spin.synonyms").SelectMany(key => bank[key])
            .Select(fragment => Filler.Fill(fragment, rng, context))
            .Where(text => text.Contains('{') || text.Contains('[') || text.Contains('|'))
            .ToList();

        Assert.That(bank.Count, Is.GreaterThan(500));
        Assert.That(unresolved, Is.Empty);
    }

    [Test]
    public void Should_cover_every_category_with_its_own_fragments()
    {
        string[] categories = ["collection", "fees", "deduction", "credit-report", "privacy", "insurance", "service", "other"];

        foreach (var category in categories)
            foreach (var part in new[] { "situation", "detail", "request", "oneliner" })
                Assert.That(PhraseBank.Shared.Has($"{category}.{part}"), $"{category}.{part}");
    }
}
