using Triage.Signals.Text;

namespace Triage.Benchmarks;

public static class EvaluateMode
{
    public static void Run(IReadOnlyList<CorpusText> corpus, int? sample, int shingleLength)
    {
        var options = new NearDuplicateOptions { ShingleLength = shingleLength };
        var report = NearDuplicateEvaluation.Run(corpus.Select(c => new EvaluationText(c.Id, c.Owner, c.Text)).ToList(), options, sample);
        Console.WriteLine($"""
            {report.Texts:N0} texts, {report.Fingerprinted:N0} fingerprinted, {report.Queries:N0} queried against all, {report.ComparedPairs:N0} ordered pairs of different owners
            k = {options.ShingleLength}, {options.Bands} bands × {options.Rows} rows, threshold {report.Threshold}
            pairs with true Jaccard ≥ {report.Threshold + 0.1:N1}: {report.PairsAboveRecallBound:N0}, found {report.FoundAboveRecallBound:N0}: recall {report.Recall:P2}
            pairs with true Jaccard ≥ {report.Threshold:N1}: {report.PairsAboveThreshold:N0}, found {report.FoundAboveThreshold:N0}: recall {report.RecallAtThreshold:P2}
            returned {report.Returned:N0}, truly ≥ {report.Threshold:N1}: {report.ReturnedAboveThreshold:N0}: precision {report.Precision:P2}
            mean |estimate − true Jaccard| over returned pairs: {report.MeanAbsoluteError:N4}
            evaluation {report.Elapsed.TotalSeconds:N1} s wall clock; LSH queries {1000 * report.QueryTime.TotalSeconds / report.Queries:N3} ms each on average
            """);
        if (corpus.Any(c => c.Kind.Length > 0))
            ByKind(corpus, options);
    }

    // How often a complaint of each kind has a near-duplicate from another complainant within 30 days either side.
    private static void ByKind(IReadOnlyList<CorpusText> corpus, NearDuplicateOptions options)
    {
        using var index = new InMemoryNearDuplicateIndex(options);
        var indexed = Fingerprints.Of(corpus, 0, corpus.Count, new TextFingerprinter(SkeletonBuilder.Default, new MinHasher(options)));
        foreach (var complaint in indexed)
            index.Add(complaint);
        var kinds = corpus.ToDictionary(c => c.Id, c => c.Kind);
        Console.WriteLine("kind: complaints, fingerprinted, with a near-duplicate from another complainant (±30 days), mean distinct other complainants");
        foreach (var kind in corpus.GroupBy(c => c.Kind).OrderBy(g => g.Key))
        {
            var members = indexed.Where(c => kinds[c.ComplaintId] == kind.Key).ToList();
            var others = members.Select(c => index.Query(new NearDuplicateQuery(c.Fingerprint, c.Owner, c.ReceivedAt.AddDays(-30), c.ReceivedAt.AddDays(30), int.MaxValue, false))
                .Select(n => n.OwnerHash).Distinct().Count()).ToList();
            Console.WriteLine($"  {kind.Key}: {kind.Count():N0}, {members.Count:N0}, {(members.Count == 0 ? 0 : others.Count(n => n > 0) * 100.0 / members.Count):N1}%, {(others.Count == 0 ? 0 : others.Average()):N1}");
        }
    }
}
