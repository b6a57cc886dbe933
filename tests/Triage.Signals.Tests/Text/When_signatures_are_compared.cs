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
