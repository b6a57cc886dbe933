using Triage.Signals.Text;

namespace Triage.Signals.Tests.Text;

public class When_signatures_are_compared
{
    private static readonly NearDuplicateOptions Options = new();

    [Test]
    public void Should_estimate_the_true_jaccard_of_the_skeletons()
    {
        var random = new Random(11);
        var errors = new List<double>();
        for (var pair = 0; pair < 300; pair++)
        {
            var shared = RandomText(random, random.Next(20, 300));
            var first = RandomText(random, random.Next(0, 150)) + shared + RandomText(random, random.Next(0, 150));
            var second = RandomText(random, random.Next(0, 150)) + shared + RandomText(random, random.Next(0, 150));
            var truth = NearDuplicateEvaluation.Jaccard(
                NearDuplicateEvaluation.ShingleSet(first, Options.ShingleLength), NearDuplicateEvaluation.ShingleSet(second, Options.ShingleLength));
            var estimate = MinHasher.Default.Sign(first).Similarity(MinHasher.Default.Sign(second));
            var deviation = Math.Sqrt(truth * (1 - truth) / Options.HashCount);
            Assert.That(estimate, Is.EqualTo(truth).Within(5 * deviation + 0.01), $"pair {pair}");
            errors.Add(estimate - truth);
        }

        Assert.That(errors.Average(), Is.EqualTo(0).Within(0.01), "MinHash is unbiased");
        Assert.That(errors.Select(Math.Abs).Average(), Is.LessThan(0.04));
    }

    // A copy with a preface or a cut: the estimate of how much of the shorter text the longer holds stays near the truth,
    // and reaches the copy bar while the Jaccard estimate alone often does not.
    [Test]
    public void Should_estimate_how_much_of_the_shorter_text_the_longer_holds()
    {
        var random = new Random(12);
        var (contained, above, errors) = (0, 0, new List<double>());
        for (var pair = 0; pair < 300; pair++)
        {
            var original = RandomText(random, random.Next(40, 300));
            var copy = pair % 2 == 0
                ? RandomText(random, random.Next(5, 60)) + original
                : original[..(original.Length * random.Next(60, 100) / 100)];
            var (a, b) = (NearDuplicateEvaluation.ShingleSet(original, Options.ShingleLength), NearDuplicateEvaluation.ShingleSet(copy, Options.ShingleLength));
            var truth = (double)a.Intersect(b).Count() / Math.Min(a.Count(), b.Count());
            var overlap = TextOverlap.Between(MinHasher.Default.Sign(original), original.Length, MinHasher.Default.Sign(copy), copy.Length, Options.ShingleLength);

            // The Jaccard estimate's deviation, stretched by how containment moves with it: d/dJ of J(a + b)/((1 + J) min).
            var (j, n) = (overlap.Similarity, a.Count() + b.Count());
            var deviation = Math.Sqrt(j * (1 - j) / Options.HashCount) * n / Math.Min(a.Count(), b.Count()) / ((1 + j) * (1 + j));
            Assert.That(overlap.Containment, Is.EqualTo(truth).Within(4 * deviation + 0.02), $"pair {pair}");
            errors.Add(Math.Abs(overlap.Containment - truth));
            Assert.That(overlap.Containment, Is.GreaterThanOrEqualTo(overlap.Similarity).And.LessThanOrEqualTo(1));
            contained += overlap.Containment >= 0.8 ? 1 : 0;
            above += overlap.Similarity >= 0.8 ? 1 : 0;
        }

        Assert.That(errors.Average(), Is.LessThan(0.05));
        Assert.That(contained, Is.GreaterThan(270));
        Assert.That(above, Is.LessThan(contained - 50));
        TestContext.Out.WriteLine($"containment ≥ 0.8: {contained} of 300; similarity ≥ 0.8: {above}; mean error {errors.Average():F3}");
    }

    [Test]
    public void Should_take_containment_from_the_similarity_and_the_lengths()
    {
        Assert.That(TextOverlap.Between(0.5, 102, 102, 3).Containment, Is.EqualTo(2.0 / 3).Within(1e-9), "equal lengths: shared 200/3 of 100");
        Assert.That(TextOverlap.Between(0.5, 52, 102, 3).Containment, Is.EqualTo(1.0).Within(1e-9), "the shorter inside the longer");
        Assert.That(TextOverlap.Between(0.3, 0, 50, 3), Is.EqualTo(new TextOverlap(0.3, 0.3)), "no shingles: nothing beyond the similarity");
        Assert.That(TextOverlap.Between(0.0, 50, 50, 3), Is.EqualTo(TextOverlap.None));
    }

    [Test]
    public void Should_give_equal_skeletons_equal_signatures()
    {
        var first = TextFingerprinter.Default.Fingerprint("本人张三,于2026年11月20日在马上消费借款5万元,因失业导致非恶意逾期,现要求贵司停息挂账并减免全部罚息和违约金。")!;
        var second = TextFingerprinter.Default.Fingerprint("本人李四,于2026年3月2日在招联金融借款3000元,因失业导致非恶意逾期,现要求贵司停息挂账并减免全部罚息和违约金。")!;

        Assert.That(first.Signature.Values, Is.EqualTo(second.Signature.Values));
        Assert.That(first.Signature.Similarity(second.Signature), Is.EqualTo(1.0));
    }

    [Test]
    public void Should_read_back_the_bytes_it_writes()
    {
        var signature = MinHasher.Default.Sign("催收人员每天给我的家人打电话,半夜也打,请你们马上停止。");

        Assert.That(MinHashSignature.FromBytes(signature.ToBytes()).Values, Is.EqualTo(signature.Values));
        Assert.That(signature.ToBytes(), Has.Length.EqualTo(2 * Options.HashCount));
    }

    [Test]
    public void Should_key_equal_bands_equally_and_different_bands_differently()
    {
        var signature = MinHasher.Default.Sign("催收人员每天给我的家人打电话,半夜也打,请你们马上停止。");
        var keys = new long[Options.Bands];
        var again = new long[Options.Bands];
        LshBands.Keys(signature, Options, keys);
        LshBands.Keys(MinHashSignature.FromBytes(signature.ToBytes()), Options, again);

        Assert.That(again, Is.EqualTo(keys));
        Assert.That(keys.Distinct().Count(), Is.EqualTo(Options.Bands));
    }

    private static string RandomText(Random random, int length)
    {
        var text = new char[length];
        for (var i = 0; i < length; i++)
            text[i] = (char)random.Next(0x4E00, 0x4E00 + 3000);
        return new string(text);
    }
}
