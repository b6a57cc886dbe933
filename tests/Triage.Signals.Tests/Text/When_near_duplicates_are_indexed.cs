using Triage.Signals.Text;
using Triage.Testing;

namespace Triage.Signals.Tests.Text;

[TestFixture("memory")]
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_near_duplicates_are_indexed(string storage)
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));
    private IndexStore _store = null!;

    private INearDuplicateIndex Index => _store.Index;

    [OneTimeSetUp]
    public async Task CreateStore() => _store = await IndexStore.CreateAsync(storage, new NearDuplicateOptions());

    [OneTimeTearDown]
    public async Task DisposeStore()
    {
        if (_store is not null)
            await _store.DisposeAsync();
    }

    [SetUp]
    public Task Clear() => _store.ClearAsync();

    [Test]
    public async Task Should_find_other_fillings_of_the_template_and_nothing_else()
    {
        var (a, b, c) = (Complaint(1, "owner-a"), Complaint(2, "owner-b"), Complaint(3, "owner-c"));
        var unrelated = Complaint(Texts.Unrelated, "owner-u");
        await Index.AddAsync([a, b, c, unrelated]);

        var neighbours = await Index.QueryAsync(new NearDuplicateQuery(a.Fingerprint, "owner-a"));

        Assert.That(neighbours.Select(n => n.ComplaintId), Is.EquivalentTo(new[] { b.ComplaintId, c.ComplaintId }));
        Assert.That(neighbours.Select(n => n.Similarity), Is.All.EqualTo(1.0));
        Assert.That(neighbours.Select(n => n.OwnerHash), Is.EquivalentTo(new[] { OwnerKey.Hash("owner-b"), OwnerKey.Hash("owner-c") }));
    }

    [Test]
    public async Task Should_leave_out_the_excluded_owner()
    {
        var (a, again, b) = (Complaint(1, "owner-a"), Complaint(4, "owner-a"), Complaint(2, "owner-b"));
        await Index.AddAsync([a, again, b]);

        var others = await Index.QueryAsync(new NearDuplicateQuery(a.Fingerprint, "owner-a"));
        var everyone = await Index.QueryAsync(new NearDuplicateQuery(a.Fingerprint));

        Assert.That(others.Select(n => n.ComplaintId), Is.EqualTo(new[] { b.ComplaintId }));
        Assert.That(everyone.Select(n => n.ComplaintId), Is.EquivalentTo(new[] { a.ComplaintId, again.ComplaintId, b.ComplaintId }));
    }

    [Test]
    public async Task Should_keep_to_the_time_window_with_both_ends_included()
    {
        var early = Complaint(2, "owner-b", Day);
        var late = Complaint(3, "owner-c", Day.AddDays(10));
        await Index.AddAsync([early, late]);
        var query = Complaint(1, "owner-a").Fingerprint;

        var window = await Index.QueryAsync(new NearDuplicateQuery(query, "owner-a", Day.AddDays(5), Day.AddDays(10)));
        var before = await Index.QueryAsync(new NearDuplicateQuery(query, "owner-a", To: Day));

        Assert.That(window.Select(n => n.ComplaintId), Is.EqualTo(new[] { late.ComplaintId }));
        Assert.That(window.Single().ReceivedAt, Is.EqualTo(Day.AddDays(10)));
        Assert.That(before.Select(n => n.ComplaintId), Is.EqualTo(new[] { early.ComplaintId }));
    }

    [Test]
    public async Task Should_point_spans_at_the_text_it_shares()
    {
        await Index.AddAsync([Complaint(2, "owner-b")]);
        var text = Texts.OwnWords + Texts.Filling(1);

        var neighbour = (await Index.QueryAsync(new NearDuplicateQuery(Texts.Fingerprint(text), "owner-a"))).Single();

        var shared = neighbour.Spans.Select(s => text.Substring(s.Start, s.Length)).ToList();
        Assert.That(neighbour.Spans.Min(s => s.Start), Is.GreaterThanOrEqualTo(Texts.OwnWords.Length), "the complainant's own words are not shared");
        Assert.That(shared, Has.Some.Contains("现本人要求贵司停息挂账,减免全部罚息、违约金及逾期利息。"));
        Assert.That(shared, Has.Some.Contains("如贵司在三个工作日内不予处理,本人将向银保监会、人民银行及12378热线投诉"));
    }

    [Test]
    public async Task Should_return_no_spans_when_none_are_asked_for()
    {
        await Index.AddAsync([Complaint(2, "owner-b")]);

        var neighbour = (await Index.QueryAsync(new NearDuplicateQuery(Complaint(1, "owner-a").Fingerprint, WithSpans: false))).Single();

        Assert.That(neighbour.Spans, Is.Empty);
    }

    [Test]
    public async Task Should_ignore_a_complaint_added_twice()
    {
        var a = Complaint(1, "owner-a");
        await Index.AddAsync([a, a]);
        await Index.AddAsync([a with { Owner = "owner-z" }]);

        var neighbours = await Index.QueryAsync(new NearDuplicateQuery(Complaint(2, "owner-b").Fingerprint));

        Assert.That(neighbours.Select(n => n.ComplaintId), Is.EqualTo(new[] { a.ComplaintId }));
        Assert.That(neighbours.Single().OwnerHash, Is.EqualTo(OwnerKey.Hash("owner-a")));
    }

    [Test]
    public async Task Should_rank_the_most_similar_first_and_keep_to_the_limit()
    {
        var exact = Complaint(2, "owner-b");
        var edited = Complaint(Texts.Filling(3) + Texts.OwnWords, "owner-c");
        var older = Complaint(4, "owner-d", Day.AddDays(-1));
        await Index.AddAsync([edited, older, exact]);
        var query = Complaint(1, "owner-a").Fingerprint;

        var all = await Index.QueryAsync(new NearDuplicateQuery(query));
        var top = await Index.QueryAsync(new NearDuplicateQuery(query, Limit: 1));

        Assert.That(all.Select(n => n.ComplaintId), Is.EqualTo(new[] { exact.ComplaintId, older.ComplaintId, edited.ComplaintId }));
        Assert.That(all[2].Similarity, Is.LessThan(1.0).And.GreaterThanOrEqualTo(0.5));
        Assert.That(top.Select(n => n.ComplaintId), Is.EqualTo(new[] { exact.ComplaintId }));
    }

    [Test]
    public async Task Should_tell_the_similarity_of_two_indexed_complaints()
    {
        var (a, b, unrelated) = (Complaint(1, "owner-a"), Complaint(2, "owner-b"), Complaint(Texts.Unrelated, "owner-u"));
        await Index.AddAsync([a, b, unrelated]);

        Assert.That(await Index.OverlapAsync(a.ComplaintId, b.ComplaintId), Is.EqualTo(new TextOverlap(1.0, 1.0)));
        Assert.That((await Index.OverlapAsync(a.ComplaintId, unrelated.ComplaintId)).Similarity, Is.LessThan(0.2));
        Assert.That((await Index.OverlapAsync(a.ComplaintId, unrelated.ComplaintId)).Containment, Is.LessThan(0.3));
        Assert.That(await Index.OverlapAsync(a.ComplaintId, Guid.NewGuid()), Is.EqualTo(TextOverlap.None));
    }

    [Test]
    public async Task Should_see_a_forwarded_copy_as_contained_in_the_original()
    {
        var original = Complaint(Texts.Filling(1), "owner-a");
        var forwarded = Complaint("以下内容已于前几天向贵司的客服热线反映过，至今没有任何答复，现通过本渠道再次提交，请认真处理：" + Texts.Filling(1), "owner-a", Day.AddDays(5));
        var unrelated = Complaint(Texts.Unrelated, "owner-a", Day.AddDays(5));
        await Index.AddAsync([original, forwarded, unrelated]);

        var overlap = await Index.OverlapAsync(forwarded.ComplaintId, original.ComplaintId);

        Assert.That(overlap.Similarity, Is.LessThan(0.8), "the preface keeps the Jaccard similarity below the copy bar");
        Assert.That(overlap.Containment, Is.GreaterThanOrEqualTo(0.9));
        Assert.That(await Index.OverlapAsync(original.ComplaintId, forwarded.ComplaintId), Is.EqualTo(overlap));
        Assert.That((await Index.OverlapAsync(forwarded.ComplaintId, unrelated.ComplaintId)).Containment, Is.LessThan(0.3));
    }

    [Test]
    public async Task Should_answer_as_the_in_memory_index_does()
    {
        var corpus = IndexedSyntheticCorpus.Generate(5, 400);
        using var reference = new InMemoryNearDuplicateIndex();
        await reference.AddAsync(corpus);
        foreach (var batch in corpus.Chunk(150))
            await Index.AddAsync(batch);

        foreach (var complaint in corpus.Where((_, i) => i % 10 == 0))
        {
            var query = new NearDuplicateQuery(complaint.Fingerprint, complaint.Owner, complaint.ReceivedAt.AddDays(-3), complaint.ReceivedAt.AddDays(3));
            var expected = await reference.QueryAsync(query);
            var actual = await Index.QueryAsync(query);
            Assert.That(actual, Is.EqualTo(expected).Using<NearDuplicate>(Same), $"neighbours of {complaint.ComplaintId}");
        }
    }

    private static bool Same(NearDuplicate a, NearDuplicate b) =>
        a.ComplaintId == b.ComplaintId && a.OwnerHash == b.OwnerHash && a.ReceivedAt == b.ReceivedAt
        && a.Similarity == b.Similarity && a.Spans.SequenceEqual(b.Spans);

    private static IndexedComplaint Complaint(int filling, string owner, DateTimeOffset? at = null) =>
        Complaint(Texts.Filling(filling), owner, at);

    private static IndexedComplaint Complaint(string text, string owner, DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), owner, at ?? Day, Texts.Fingerprint(text));
}
