namespace Triage.Corpus.People;

public sealed class PersonFactory(Networks networks, DateTimeOffset end)
{
    private static readonly string[] MailHosts = ["163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com", "sohu.com"];

    private int next;

    public string NextId() => $"person-{++next:D5}";

    public Person Create(Random rng) => Create(rng, rng.Next(2) == 0, Age(rng), null);

    public Person Create(Random rng, bool male, int age, (string Han, string Pinyin)? surname)
    {
        var name = surname is { } s ? ChineseNames.WithSurname(rng, s, male) : ChineseNames.Full(rng, male);
        var region = Regions.Pick(rng);
        var birth = new DateOnly(end.Year - age, 1, 1).AddDays(rng.Next(0, 365));
        var phone = age > 58 && rng.NextDouble() < 0.35 ? Phones.Landline(rng, region) : Phones.Mobile(rng);
        return new Person(
            NextId(), name.Han, name.Pinyin, male, birth, region, phone,
            IdNumbers.Create(rng, region, birth, male),
            "C" + rng.Next(10_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Email(rng, name.Pinyin, birth),
            Networks.Device(rng),
            networks.HomeIp(rng, age));
    }

    public static int Age(Random rng)
    {
        var u = rng.NextDouble();
        if (u < 0.12) return rng.Next(19, 24);
        if (u < 0.85) return rng.Next(24, 45);
        if (u < 0.96) return rng.Next(45, 58);
        return rng.Next(58, 72);
    }

    private static string Email(Random rng, string pinyin, DateOnly birth) => rng.Next(5) switch
    {
        0 or 1 => $"{rng.Next(100_000, 2_000_000_000)}@qq.com",
        2 => $"{pinyin}{birth.Year}@{MailHosts[rng.Next(MailHosts.Length)]}",
        3 => $"{pinyin}{rng.Next(1, 999)}@{MailHosts[rng.Next(MailHosts.Length)]}",
        _ => $"{pinyin[..Math.Min(pinyin.Length, 4)]}_{birth:MMdd}@{MailHosts[rng.Next(MailHosts.Length)]}",
    };
}
