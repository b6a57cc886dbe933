using Triage.Corpus.People;

namespace Triage.Corpus.Processes;

// Honest law firms. A few take several unrelated clients against the same lender, so a shared
// representative phone alone does not mean a ring.
public sealed class LawyerPool
{
    private static readonly string[] FirmWords = ["正义", "君合", "德恒", "明理", "天平", "诚达", "金石", "中信达", "华商", "衡平", "致远", "康达", "凯文", "汇泽"];

    private readonly (string Firm, string Lawyer, string Phone, string Ip)[] lawyers;

    public LawyerPool(Random rng, int size)
    {
        lawyers = Enumerable.Range(0, size).Select(_ =>
        {
            var region = Regions.Pick(rng);
            var firm = $"{region.Province}{FirmWords[rng.Next(FirmWords.Length)]}律师事务所";
            var phone = rng.Next(3) == 0 ? Phones.Landline(rng, region) : Phones.Mobile(rng);
            return (firm, ChineseNames.Full(rng, rng.Next(2) == 0).Han, phone, Networks.Ip(rng));
        }).ToArray();
    }

    public (string Firm, string Lawyer, string Phone, string Ip) Pick(Random rng)
    {
        var u = rng.NextDouble();
        return lawyers[(int)(u * u * lawyers.Length)];
    }
}
