namespace Triage.Corpus.People;

public static class Phones
{
    private static readonly string[] MobilePrefixes =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151",
        "152", "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176", "177", "178",
        "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
    ];

    public static string Mobile(Random rng) =>
        MobilePrefixes[rng.Next(MobilePrefixes.Length)] + rng.Next(0, 100_000_000).ToString("D8");

    public static string Landline(Random rng, Region region)
    {
        var digits = region.AreaCode.Length == 3 ? 8 : rng.Next(2) == 0 ? 7 : 8;
        var first = rng.Next(2, 9);
        var rest = rng.Next(0, digits == 8 ? 10_000_000 : 1_000_000).ToString(digits == 8 ? "D7" : "D6");
        var separator = rng.Next(4) == 0 ? "" : "-";
        return $"{region.AreaCode}{separator}{first}{rest}";
    }
}
