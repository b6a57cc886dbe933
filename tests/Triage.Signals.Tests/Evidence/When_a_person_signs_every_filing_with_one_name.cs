using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;
using Triage.Testing;

namespace Triage.Signals.Tests.Evidence;

// A repeat complainant who gives a phone in one filing, an ID number in the next and no number at all in a letter is
// one person to the signals when the name they sign with is the same and the texts restate the same grievances. A name
// alone, or a text alone, links nobody.
public class When_a_person_signs_every_filing_with_one_name
{
    private const string Name = "周婷悦";

    private static readonly string[] Grievances =
    [
        "我是借款人，瑞和借的催收员姓王，反复辱骂我，还把我的借款转给了外包公司，我要求书面说明并立即停止骚扰。",
        "这次要说的是你们一天推送七条营销短信。之前反映的姓王的催收员反复辱骂我、把我的借款转给了外包公司，到现在没有处理。",
        "又一个问题：客服承诺的回电全部落空。老问题还是姓王的催收员反复辱骂我，把我的借款转给了外包公司，一直没人管。",
    ];

    [Test]
    public async Task Should_count_the_persons_filings_under_other_identifiers_when_name_and_grievances_match()
    {
        var filings = Filings();
        var (context, _) = await InMemoryEvidence.ContextAsync(filings);

        var hindsight = await Task.WhenAll(filings.Select(f => Extractor().ExtractAsync(f, context, SignalMode.Hindsight)));
        var online = await Extractor().ExtractAsync(filings[^1], context, SignalMode.Online);

        Assert.That(hindsight.Select(h => h[SignalNames.Filings30d]), Is.All.EqualTo(2));
        Assert.That(online[SignalNames.Filings30d], Is.EqualTo(2));
        Assert.That(online[SignalNames.Channels30d], Is.EqualTo(3));
    }

    [Test]
    public async Task Should_not_link_the_same_filings_without_the_name()
    {
        var filings = Filings(name: null);
        var (context, _) = await InMemoryEvidence.ContextAsync(filings);

        var hindsight = await Task.WhenAll(filings.Select(f => Extractor().ExtractAsync(f, context, SignalMode.Hindsight)));

        Assert.That(hindsight.Select(h => h[SignalNames.Filings30d]), Is.All.EqualTo(0));
    }

    [Test]
    public async Task Should_not_count_a_stranger_with_the_same_name_who_writes_about_something_else()
    {
        var filings = Filings();
        var stranger = FactsBuilder.Complaint().At(2).Channel("app").Name(Name).IdNumber("stranger")
            .Text("我上个月提前结清了贷款，但是征信报告上还显示有未结清的记录，影响我办房贷，请尽快更新征信并出具结清证明。").Build();
        var (context, _) = await InMemoryEvidence.ContextAsync([.. filings, stranger]);

        var theirs = await Extractor().ExtractAsync(stranger, context, SignalMode.Hindsight);
        var hers = await Extractor().ExtractAsync(filings[0], context, SignalMode.Hindsight);

        Assert.That(theirs[SignalNames.Filings30d], Is.EqualTo(0));
        Assert.That(hers[SignalNames.Filings30d], Is.EqualTo(2));
    }

    // Two people with one common name who complain of the same thing in like words: an ID number, or a customer id,
    // names one person, so a filing under the name that gives another one is a namesake's. A filing that gives none
    // says nothing either way.
    [TestCase(IdentifierKind.ComplainantIdNumber)]
    [TestCase(IdentifierKind.CustomerId)]
    public async Task Should_not_count_a_namesake_who_gives_another_id_however_alike_the_texts(IdentifierKind kind)
    {
        var filings = Filings();
        var namesake = FactsBuilder.Complaint().At(6).Channel("app").Name(Name).With(kind, "namesake-own-id").Phone("15900001111")
            .Text(Grievances[1]).Build();
        filings[1] = FactsBuilder.Complaint().At(4).Channel("regulator").Name(Name).With(kind, "110108197511238904").Text(Grievances[1]).Build();
        var (context, _) = await InMemoryEvidence.ContextAsync([.. filings, namesake]);

        var theirs = await Extractor().ExtractAsync(namesake, context, SignalMode.Hindsight);
        var hers = await Task.WhenAll(filings.Select(f => Extractor().ExtractAsync(f, context, SignalMode.Hindsight)));

        Assert.That(theirs.Person.Select(f => f.ComplaintId), Does.Not.Contain(filings[1].Id));
        Assert.That(hers[1].Person.Select(f => f.ComplaintId), Does.Not.Contain(namesake.Id));
        Assert.That(hers[1][SignalNames.Filings30d], Is.EqualTo(2), "her own two other filings, not the namesake's");
    }

    [Test]
    public async Task Should_not_link_through_a_name_that_many_people_share()
    {
        var filings = Filings();
        var namesakes = Enumerable.Range(0, 3).Select(i => FactsBuilder.Complaint().At(1 + i).Name(Name).IdNumber($"namesake-{i}")
            .Text($"第{i + 1}位同名客户：我的还款日被系统改了，导致逾期{i + 2}天，请核实后撤销逾期记录并退还罚息。").Build());
        var (context, _) = await InMemoryEvidence.ContextAsync([.. filings, .. namesakes]);
        var extractor = Extractor(nameMaxComplainants: 4);

        var hindsight = await Task.WhenAll(filings.Select(f => extractor.ExtractAsync(f, context, SignalMode.Hindsight)));

        // Behind the name: her phone, her ID number and three namesakes are five keys, more than four (the letter is no one more).
        Assert.That(hindsight.Select(h => h[SignalNames.Filings30d]), Is.All.EqualTo(0));
    }

    // A name on the hub allow-list (a placeholder a desk types, say) links nobody.
    [Test]
    public async Task Should_not_link_through_an_allow_listed_name()
    {
        var filings = Filings();
        var (context, _) = await InMemoryEvidence.ContextAsync(filings);
        var options = new SignalOptions();
        options.Hubs.AllowListedHashes.Add(FactsBuilder.Hash(IdentifierKind.ComplainantName, Name).Hash);

        var hindsight = await Task.WhenAll(filings.Select(f => new SignalExtractor(options).ExtractAsync(f, context, SignalMode.Hindsight)));

        Assert.That(hindsight.Select(h => h[SignalNames.Filings30d]), Is.All.EqualTo(0));
    }

    [TestCase("周 婷悦", "周婷悦")]
    [TestCase("阿卜杜·热合曼", "阿卜杜热合曼")]
    [TestCase("Zhang San", "zhangsan")]
    [TestCase("ＺＨＡＮＧ　ＳＡＮ", "zhangsan")]
    public void Should_write_a_name_one_way_whatever_its_spacing_dots_and_width(string written, string normal)
    {
        Assert.That(IdentifierNormalizer.Normalize(IdentifierKind.ComplainantName, written), Is.EqualTo(normal));
        Assert.That(FactsBuilder.Hash(IdentifierKind.ComplainantName, written), Is.EqualTo(FactsBuilder.Hash(IdentifierKind.ComplainantName, normal)));
    }

    // Names hash in a space of their own: a name that happens to be written like a phone number matches no phone.
    [Test]
    public void Should_hash_a_name_in_a_space_of_its_own()
    {
        Assert.That(FactsBuilder.Hash(IdentifierKind.ComplainantName, "13863298832").Hash,
            Is.Not.EqualTo(FactsBuilder.Hash(IdentifierKind.ComplainantPhone, "13863298832").Hash));
    }

    private static List<ComplaintFacts> Filings(string? name = Name) =>
    [
        FactsBuilder.Complaint().At(0).Channel("hotline").With(IdentifierKind.ComplainantName, name).Phone("13863298832").Text(Grievances[0]).Build(),
        FactsBuilder.Complaint().At(4).Channel("regulator").With(IdentifierKind.ComplainantName, name).IdNumber("110108197511238904").Text(Grievances[1]).Build(),
        FactsBuilder.Complaint().At(9).Channel("letter").With(IdentifierKind.ComplainantName, name).Text(Grievances[2]).Build(),
    ];

    private static SignalExtractor Extractor(int nameMaxComplainants = 8) => new(new SignalOptions { NameMaxComplainants = nameMaxComplainants });
}
