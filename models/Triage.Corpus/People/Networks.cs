namespace Triage.Corpus.People;

// Addresses and devices. Some addresses are hubs: a carrier's NAT, a campus or an office puts many unrelated
// people behind one address, which a detector must not read as a link between them.
public sealed class Networks
{
    private static readonly int[] FirstOctets =
        [27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 119, 120, 121,
         122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 220, 221, 222, 223];

    private readonly string[] carrierNat;
    private readonly string[] campuses;
    private readonly string[] offices;

    public Networks(Random rng, int complaints)
    {
        carrierNat = Enumerable.Range(0, Math.Max(8, complaints / 2_000)).Select(_ => Ip(rng)).ToArray();
        campuses = Enumerable.Range(0, Math.Max(4, complaints / 4_000)).Select(_ => Ip(rng)).ToArray();
        offices = Enumerable.Range(0, Math.Max(10, complaints / 1_000)).Select(_ => Ip(rng)).ToArray();
    }

    public string HomeIp(Random rng, int age)
    {
        var u = rng.NextDouble();
        if (u < 0.07) return carrierNat[rng.Next(carrierNat.Length)];
        if (u < 0.12 && age <= 24) return campuses[rng.Next(campuses.Length)];
        if (u < 0.17) return offices[rng.Next(offices.Length)];
        return Ip(rng);
    }

    public static string Ip(Random rng) =>
        $"{FirstOctets[rng.Next(FirstOctets.Length)]}.{rng.Next(0, 256)}.{rng.Next(0, 256)}.{rng.Next(1, 255)}";

    public static string NearbyIp(Random rng, string ip)
    {
        var lastDot = ip.LastIndexOf('.');
        return $"{ip[..lastDot]}.{rng.Next(1, 255)}";
    }

    public static string Device(Random rng)
    {
        Span<byte> bytes = stackalloc byte[8];
        rng.NextBytes(bytes);
        return "dev-" + Convert.ToHexStringLower(bytes);
    }
}
