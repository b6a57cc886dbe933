using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Complaints;
using Triage.Complaints.Evidence;
using Triage.Scoring.Batches;
using Triage.Signals;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;
using Triage.Storage;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Signals;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_signals_are_computed_from_the_store(string storage) : StorageFixture(storage)
{
    private static readonly IdentifierHasher Hasher = new(Convert.FromBase64String(TestKeys.Hash));
    private static readonly SignalExtractor Extractor = new(new SignalOptions());

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Triage:PersonalData:EncryptionKey"] = TestKeys.Encryption,
        ["Triage:PersonalData:HashKey"] = TestKeys.Hash,
    };

    [Test]
    public async Task Should_count_complainants_behind_an_agent_phone_that_intake_stored()
    {
        var agentPhone = $"139{Random.Shared.Next(10_000_000, 99_999_999)}";
        var submitted = new List<(Guid Id, JsonObject Complaint)>();
        for (var i = 0; i < 4; i++)
        {
            var complaint = SampleComplaints.Minimal();
            complaint["receivedAt"] = $"2026-10-0{i + 1}T10:00:00+08:00";
            complaint["complainant"]!["idNumber"] = ResidentIds.Make(i);
            complaint["representative"] = new JsonObject { ["relation"] = "agent", ["phone"] = agentPhone, ["organization"] = "某某 法务咨询有限公司" };
            submitted.Add((await SubmitAsync(complaint), complaint));
        }
        var last = Facts(submitted[^1].Id, submitted[^1].Complaint);
        var context = new StoredSignalContext(Factory.Services.GetRequiredService<Database>(), new NoTextEvidence(), Factory.Services.GetRequiredService<PersonalDataProtector>());

        var online = await Extractor.ExtractAsync(last, context, SignalMode.Online);

        Assert.That(online[SignalNames.RepresentativePhoneShared30d], Is.EqualTo(3));
        Assert.That(online[SignalNames.OrganizationShared30d], Is.EqualTo(3));
    }

    // What intake sealed says whether a law firm is named: read through the single reader and through the rows the batch
    // scorer and the nightly run turn into facts.
    [Test]
    public async Task Should_read_a_named_law_firm_from_what_intake_sealed()
    {
        var ids = new List<Guid>();
        foreach (var organization in new[] { "浙江某某 律师事务所", "某某法务咨询有限公司" })
        {
            var complaint = SampleComplaints.Minimal();
            complaint["representative"] = new JsonObject { ["relation"] = "lawyer", ["phone"] = "13900000009", ["organization"] = organization };
            ids.Add(await SubmitAsync(complaint));
        }
        var database = Factory.Services.GetRequiredService<Database>();
        var protector = Factory.Services.GetRequiredService<PersonalDataProtector>();
        var reader = new ComplaintFactsReader(database, protector);
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<ComplaintFactsRow>(
            $"SELECT {ComplaintFactsRow.Columns} FROM complaints WHERE {database.Dialect.InList("id", "@Ids")}", new { Ids = database.Dialect.Uuids(ids) }))
            .ToDictionary(r => r.Id, r => r.ToFacts(protector, []));

        var firm = (await reader.ReadAsync(ids[0], CancellationToken.None))!;
        var outfit = (await reader.ReadAsync(ids[1], CancellationToken.None))!;

        Assert.That((firm.RepresentedByLawFirm, rows[ids[0]].RepresentedByLawFirm), Is.EqualTo((true, true)));
        Assert.That((outfit.RepresentedByLawFirm, rows[ids[1]].RepresentedByLawFirm), Is.EqualTo((false, false)));
        Assert.That(rows[ids[0]].Text, Is.EqualTo(firm.Text));
        var context = new StoredSignalContext(database, new NoTextEvidence(), protector);
        Assert.That((await Extractor.ExtractAsync(firm, context, SignalMode.Online))[SignalNames.RepresentativeLawFirm], Is.EqualTo(1));
        Assert.That((await Extractor.ExtractAsync(outfit, context, SignalMode.Online))[SignalNames.RepresentativeLawFirm], Is.EqualTo(0));
    }

    [Test]
    public async Task Should_count_the_earlier_filings_of_one_person()
    {
        var id = ResidentIds.Make(Random.Shared.Next(100, 900));
        var submitted = new List<(Guid Id, JsonObject Complaint)>();
        foreach (var (day, channel) in new[] { (10, "app"), (12, "hotline"), (15, "regulator") })
        {
            var complaint = SampleComplaints.Minimal();
            complaint["channel"] = channel;
            complaint["receivedAt"] = $"2026-09-{day}T10:00:00+08:00";
            complaint["complainant"]!["idNumber"] = id;
            submitted.Add((await SubmitAsync(complaint), complaint));
        }
        var context = new StoredSignalContext(Factory.Services.GetRequiredService<Database>(), new NoTextEvidence(), Factory.Services.GetRequiredService<PersonalDataProtector>());

        var signals = await Extractor.ExtractAsync(Facts(submitted[^1].Id, submitted[^1].Complaint), context, SignalMode.Online);

        Assert.That(signals[SignalNames.Filings7d], Is.EqualTo(2));
        Assert.That(signals[SignalNames.Channels30d], Is.EqualTo(3));
        Assert.That(signals[SignalNames.DaysSincePreviousFiling], Is.EqualTo(3).Within(0.001));
    }

    // One person giving a different subset of their identifiers each time (and a relative once) is at most three
    // people behind their phone, not four: the phone still finds their filings, in SQL as in memory.
    [Test]
    public async Task Should_not_count_a_filing_that_gives_only_the_phone_as_one_more_person_behind_it()
    {
        var phone = $"135{Random.Shared.Next(10_000_000, 99_999_999)}";
        // Two different ID numbers (two draws from one range met once in a CI run and made them one person).
        var first = Random.Shared.Next(100, 500);
        var submitted = new List<(Guid Id, JsonObject Complaint)>();
        foreach (var (day, idNumber, customerId) in new (int, string?, string?)[]
                 { (10, ResidentIds.Make(first), null), (12, null, $"C{Random.Shared.Next(1_000_000, 9_999_999)}"),
                   (14, ResidentIds.Make(first + Random.Shared.Next(1, 400)), null), (16, null, null) })
        {
            var complaint = SampleComplaints.Minimal();
            complaint["receivedAt"] = $"2026-08-{day}T10:00:00+08:00";
            var complainant = new JsonObject { ["name"] = "张三", ["phone"] = phone };
            if (idNumber is not null)
                complainant["idNumber"] = idNumber;
            if (customerId is not null)
                complainant["customerId"] = customerId;
            complaint["complainant"] = complainant;
            submitted.Add((await SubmitAsync(complaint), complaint));
        }
        var context = new StoredSignalContext(Factory.Services.GetRequiredService<Database>(), new NoTextEvidence(), Factory.Services.GetRequiredService<PersonalDataProtector>());

        var signals = await Extractor.ExtractAsync(Facts(submitted[^1].Id, submitted[^1].Complaint), context, SignalMode.Online);

        Assert.That(signals[SignalNames.Filings30d], Is.EqualTo(3));
        Assert.That(signals[SignalNames.ComplainantPhoneShared30d], Is.EqualTo(2));
    }

    // The phone alone finds the filing with the phone and the ID number, whose ID number finds the filing with the ID
    // number alone: the stored context and the batch scorer's context (read in set-based queries) find both.
    [Test]
    public async Task Should_find_the_persons_filings_through_the_identifiers_their_other_filings_give()
    {
        var phone = $"136{Random.Shared.Next(10_000_000, 99_999_999)}";
        var id = ResidentIds.Make(Random.Shared.Next(100, 900));
        var submitted = new List<(Guid Id, JsonObject Complaint)>();
        foreach (var (day, channel, withPhone, withId) in new[] { (3, "app", true, true), (5, "regulator", false, true), (7, "hotline", true, false) })
        {
            var complaint = SampleComplaints.Minimal();
            complaint["channel"] = channel;
            complaint["receivedAt"] = $"2026-07-0{day}T10:00:00+08:00";
            var complainant = new JsonObject { ["name"] = "李四" };
            if (withPhone)
                complainant["phone"] = phone;
            if (withId)
                complainant["idNumber"] = id;
            complaint["complainant"] = complainant;
            submitted.Add((await SubmitAsync(complaint), complaint));
        }
        var database = Factory.Services.GetRequiredService<Database>();
        var last = Facts(submitted[^1].Id, submitted[^1].Complaint);

        var stored = await Extractor.ExtractAsync(last, new StoredSignalContext(database, new NoTextEvidence(), Factory.Services.GetRequiredService<PersonalDataProtector>()), SignalMode.Online);
        var reader = new BatchReader(database, Factory.Services.GetRequiredService<PersonalDataProtector>(), new NearDuplicateOptions(), new SignalOptions(),
            new ClusterOptions());
        await using var connection = await database.OpenAsync();
        var batch = await reader.ReadContextAsync(connection, [last], [], new NoTextEvidence(), CancellationToken.None);
        var batched = await Extractor.ExtractAsync(last, batch, SignalMode.Online);

        Assert.That(stored[SignalNames.Filings30d], Is.EqualTo(2));
        Assert.That(stored[SignalNames.Channels30d], Is.EqualTo(3));
        Assert.That(batched[SignalNames.Filings30d], Is.EqualTo(2));
        Assert.That(batched[SignalNames.Channels30d], Is.EqualTo(3));
    }

    // A repeat complainant who gives the phone once, the ID number once and nothing in a letter: the name they sign with
    // and the grievances their texts restate find the other two, in the stored context and in the batch scorer's.
    [Test]
    public async Task Should_find_the_persons_filings_through_their_name_where_the_texts_share_their_grievances()
    {
        var name = $"周{(char)Random.Shared.Next(0x4E00, 0x9FA5)}{(char)Random.Shared.Next(0x4E00, 0x9FA5)}";
        string[] texts =
        [
            "我是借款人，瑞和借的催收员姓王，反复辱骂我，还把我的借款转给了外包公司，我要求书面说明并立即停止骚扰。",
            "这次要说的是你们一天推送七条营销短信。之前反映的姓王的催收员反复辱骂我、把我的借款转给了外包公司，到现在没有处理。",
            "又一个问题：客服承诺的回电全部落空。老问题还是姓王的催收员反复辱骂我，把我的借款转给了外包公司，一直没人管。",
        ];
        var complaints = new[] { ("hotline", "phone", $"137{Random.Shared.Next(10_000_000, 99_999_999)}"), ("regulator", "idNumber", ResidentIds.Make(Random.Shared.Next(100, 900))), ("letter", "", "") }
            .Select((filing, i) =>
            {
                var complaint = SampleComplaints.Minimal();
                complaint["channel"] = filing.Item1;
                complaint["receivedAt"] = $"2026-08-0{3 + 2 * i}T10:00:00+08:00";
                complaint["text"] = texts[i];
                var complainant = new JsonObject { ["name"] = name };
                if (filing.Item2.Length > 0)
                    complainant[filing.Item2] = filing.Item3;
                complaint["complainant"] = complainant;
                return complaint;
            }).ToList();
        var database = Factory.Services.GetRequiredService<Database>();
        var protector = Factory.Services.GetRequiredService<PersonalDataProtector>();
        var text = new IndexedTextEvidence(new SqlNearDuplicateIndex(database, new NearDuplicateOptions()), TextFingerprinter.Default);
        var facts = new List<ComplaintFacts>();
        foreach (var complaint in complaints)
        {
            // Intake stores the complaint and its identifiers (the name among them); the scorer indexes its text.
            var submitted = Facts(await SubmitAsync(complaint), complaint);
            facts.Add(submitted with { Identifiers = [.. submitted.Identifiers, Hasher.Hash(IdentifierKind.ComplainantName, name)!] });
            await text.AddAsync(facts[^1]);
        }
        var letter = facts[^1];

        var single = await Extractor.ExtractAsync(letter, new StoredSignalContext(database, text, protector), SignalMode.Online);
        var reader = new BatchReader(database, protector, new NearDuplicateOptions(), new SignalOptions(), new ClusterOptions());
        await using var connection = await database.OpenAsync();
        var batch = await reader.ReadContextAsync(connection, [letter], [text.EntryFor(letter)!], text, CancellationToken.None);
        var batched = await Extractor.ExtractAsync(letter, batch, SignalMode.Online);

        Assert.That(single[SignalNames.Filings30d], Is.EqualTo(2));
        Assert.That(single[SignalNames.Channels30d], Is.EqualTo(3));
        Assert.That(batched[SignalNames.Filings30d], Is.EqualTo(2));
        Assert.That(batched[SignalNames.Channels30d], Is.EqualTo(3));
    }

    // The original in the app, the same text forwarded five days later through the regulator under a preface, and a
    // fresh complaint by phone: two cases, in the stored context (the index in SQL) and in the batch scorer's.
    [Test]
    public async Task Should_count_a_copy_forwarded_days_later_as_the_same_case()
    {
        const string original = "我在贵司借款后按时还款,但是这个月被重复扣款两次,银行流水显示两笔相同金额在同一天被划走,客服说要等核实,已经过了一周还没有退回,请尽快退还多扣的款项并说明原因。";
        var id = ResidentIds.Make(Random.Shared.Next(100, 900));
        var filings = new[]
        {
            ("app", 3, original),
            ("regulator", 8, "以下内容已于前几天向贵司反映,至今未获答复,现通过本渠道再次提交:" + original),
            ("hotline", 9, "客户来电称上次反映的重复扣款至今没有退回,客服每次都说在核实,要求公司明确给出退款时间,否则将向人民银行反映。"),
        };
        var database = Factory.Services.GetRequiredService<Database>();
        var protector = Factory.Services.GetRequiredService<PersonalDataProtector>();
        var text = new IndexedTextEvidence(new SqlNearDuplicateIndex(database, new NearDuplicateOptions()), TextFingerprinter.Default);
        var facts = new List<ComplaintFacts>();
        foreach (var (channel, day, body) in filings)
        {
            var complaint = SampleComplaints.Minimal();
            complaint["channel"] = channel;
            complaint["receivedAt"] = $"2026-06-0{day}T10:00:00+08:00";
            complaint["text"] = body;
            complaint["complainant"]!["idNumber"] = id;
            facts.Add(Facts(await SubmitAsync(complaint), complaint));
            await text.AddAsync(facts[^1]);
        }
        var call = facts[^1];

        var overlap = await text.OverlapAsync(facts[1].Id, facts[0].Id, CancellationToken.None);
        var single = await Extractor.ExtractAsync(call, new StoredSignalContext(database, text, protector), SignalMode.Online);
        var reader = new BatchReader(database, protector, new NearDuplicateOptions(), new SignalOptions(), new ClusterOptions());
        await using var connection = await database.OpenAsync();
        var batch = await reader.ReadContextAsync(connection, [call], [text.EntryFor(call)!], text, CancellationToken.None);
        var batched = await Extractor.ExtractAsync(call, batch, SignalMode.Online);

        Assert.That(overlap.Similarity, Is.LessThan(0.8));
        Assert.That(overlap.Containment, Is.GreaterThanOrEqualTo(0.9));
        Assert.That(single[SignalNames.Filings30d], Is.EqualTo(1), "the app complaint and its forwarded copy are one case");
        Assert.That(single[SignalNames.Channels30d], Is.EqualTo(3));
        Assert.That(batched[SignalNames.Filings30d], Is.EqualTo(1));
        Assert.That(batched[SignalNames.Channels30d], Is.EqualTo(3));
    }

    private async Task<Guid> SubmitAsync(JsonObject complaint)
    {
        using var client = Factory.CreateClient("dev-desk-key");
        var response = await client.PostJsonAsync("/api/v1/complaints", complaint);
        return Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!);
    }

    private static ComplaintFacts Facts(Guid id, JsonObject complaint)
    {
        var identifiers = new[]
        {
            Hasher.Hash(IdentifierKind.ComplainantIdNumber, (string?)complaint["complainant"]?["idNumber"]),
            Hasher.Hash(IdentifierKind.CustomerId, (string?)complaint["complainant"]?["customerId"]),
            Hasher.Hash(IdentifierKind.ComplainantPhone, (string?)complaint["complainant"]?["phone"]),
            Hasher.Hash(IdentifierKind.RepresentativePhone, (string?)complaint["representative"]?["phone"]),
            Hasher.Hash(IdentifierKind.Organization, (string?)complaint["representative"]?["organization"]),
        }.OfType<Identifier>().ToList();
        return new ComplaintFacts(id, null, DateTimeOffset.Parse((string)complaint["receivedAt"]!), (string)complaint["channel"]!, null,
            (string)complaint["text"]!, (string?)complaint["representative"]?["relation"],
            LawFirms.Named((string?)complaint["representative"]?["organization"]), identifiers);
    }
}
