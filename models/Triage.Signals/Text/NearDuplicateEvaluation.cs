using System.Diagnostics;

namespace Triage.Signals.Text;

// LSH against brute force: the true Jaccard of every pair's skeleton shingle sets, compared with what the index
// returns. With a sample, only the sampled texts are queried, each against the whole corpus. Pairs that share no
// shingle have Jaccard 0 and are counted without being visited.
public static class NearDuplicateEvaluation
{
    public static NearDuplicateEvaluationReport Run(IReadOnlyList<EvaluationText> texts, NearDuplicateOptions options, int? sampleQueries = null, int seed = 1)
    {
        var clock = Stopwatch.StartNew();
        var fingerprinter = new TextFingerprinter(SkeletonBuilder.Default, new MinHasher(options));
        var fingerprints = new TextFingerprint?[texts.Count];
        Parallel.For(0, texts.Count, i => fingerprints[i] = fingerprinter.Fingerprint(texts[i].Text));
        var items = Enumerable.Range(0, texts.Count).Where(i => fingerprints[i] is not null).ToArray();
        var shingles = new ulong[texts.Count][];
        Parallel.ForEach(items, i => shingles[i] = ShingleSet(fingerprints[i]!.Skeleton.Text, options.ShingleLength));

        using var index = new InMemoryNearDuplicateIndex(options);
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var i in items)
            index.Add(new IndexedComplaint(texts[i].Id, texts[i].Owner, at, fingerprints[i]!));
        var itemOf = items.ToDictionary(i => texts[i].Id);

        var queries = items;
        if (sampleQueries is { } sample && sample < items.Length)
        {
            queries = (int[])items.Clone();
            new Random(seed).Shuffle(queries);
            queries = queries[..sample];
        }

        var queryTicks = 0L;
        var total = new EvaluationTally();
        var recallBound = options.Threshold + 0.1;
        var postings = new ShinglePostings(shingles, items);
        var sameOwner = items.GroupBy(i => texts[i].Owner).ToDictionary(g => g.Key, g => g.Count());
        Parallel.ForEach(queries, () => (Tally: new EvaluationTally(), Counts: new int[texts.Count], Touched: new List<int>()), (q, _, local) =>
        {
            var tally = local.Tally;
            var started = Stopwatch.GetTimestamp();
            var neighbours = index.Query(new NearDuplicateQuery(fingerprints[q]!, texts[q].Owner, Limit: int.MaxValue, WithSpans: false));
            Interlocked.Add(ref queryTicks, Stopwatch.GetTimestamp() - started);
            var returned = new HashSet<int>();
            foreach (var neighbour in neighbours)
            {
                var j = itemOf[neighbour.ComplaintId];
                returned.Add(j);
                var jaccard = Jaccard(shingles[q], shingles[j]);
                tally.Returned++;
                if (jaccard >= options.Threshold)
                    tally.ReturnedAboveThreshold++;
                tally.Error += Math.Abs(neighbour.Similarity - jaccard);
            }

            tally.Compared += items.Length - sameOwner[texts[q].Owner];
            foreach (var shingle in shingles[q])
                postings.Count(shingle, local.Counts, local.Touched);
            foreach (var j in local.Touched)
            {
                var common = local.Counts[j];
                local.Counts[j] = 0;
                if (j == q || texts[j].Owner == texts[q].Owner)
                    continue;
                var jaccard = (double)common / (shingles[q].Length + shingles[j].Length - common);
                if (jaccard < options.Threshold)
                    continue;
                var found = returned.Contains(j);
                tally.AboveThreshold++;
                tally.FoundAboveThreshold += found ? 1 : 0;
                if (jaccard >= recallBound)
                {
                    tally.AboveRecallBound++;
                    tally.FoundAboveRecallBound += found ? 1 : 0;
                }
            }
            local.Touched.Clear();
            return local;
        }, local =>
        {
            lock (total)
                total.Add(local.Tally);
        });

        return new NearDuplicateEvaluationReport(
            texts.Count, items.Length, queries.Length, options.Threshold, total.Compared,
            total.AboveRecallBound, total.FoundAboveRecallBound, total.AboveThreshold, total.FoundAboveThreshold,
            total.Returned, total.ReturnedAboveThreshold, total.Returned == 0 ? 0 : total.Error / total.Returned,
            clock.Elapsed, Stopwatch.GetElapsedTime(0, queryTicks));
    }

    public static ulong[] ShingleSet(string skeleton, int k)
    {
        var hashes = new ulong[Hashing.ShingleCount(skeleton.Length, k)];
        Hashing.Shingles(skeleton, k, hashes);
        Array.Sort(hashes);
        var distinct = hashes.Length == 0 ? 0 : 1;
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] != hashes[distinct - 1])
                hashes[distinct++] = hashes[i];
        }
        return hashes[..distinct];
    }

    // Both sets sorted and distinct.
    public static double Jaccard(ulong[] first, ulong[] second)
    {
        int i = 0, j = 0, common = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] == second[j])
            {
                common++;
                i++;
                j++;
            }
            else if (first[i] < second[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        var union = first.Length + second.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }
}
