using System.Globalization;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.B;

// One writer's keyboard habits. A person's are derived from their WritingStyle alone, so every text they
// write (first filing, follow-up, copy, coached retyping) shows the same habits without any shared state.
internal sealed record Habits(
    int Marks, int Breaks, int Lists, int Money, int Dates, int Phone, double Typos, double Traditional, bool Slang, bool Emoji, bool Formal)
{
    public static readonly Habits Clean = new(0, 1, 1, 0, 0, 0, 0, 0, false, false, true);

    public static Habits Of(WritingStyle style)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"{style.Register}|{style.Punctuation}|{style.TypoRate:R}|{style.Numbers}|{style.Mixes}");
        var rng = new Random(Stable.Seed(key));
        var marks = style.Punctuation switch
        {
            0 => rng.NextDouble() < 0.8 ? 0 : 5,
            1 => 1,
            2 => 2,
            3 => 3,
            _ => 4,
        };
        if (rng.NextDouble() < 0.12)
            marks = rng.Next(6);
        var formal = style.Register == Register.Formal;
        var breaks = formal ? (rng.NextDouble() < 0.7 ? 1 : 0) : rng.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 };
        // Numbers carries two choices in one int; read them in an order of our own.
        var money = (style.Numbers / 6 + rng.Next(2) * 3) % 6;
        var dates = (style.Numbers % 6 + (style.Register == Register.Confused ? 4 : 0)) % 6;
        if (formal && money is 4 or 5)
            money = 3;
        return new Habits(marks, breaks, formal ? rng.Next(1, 5) : rng.Next(5), money, dates, rng.Next(3),
            style.TypoRate * (style.Register == Register.Confused ? 1.3 : 1),
            rng.NextDouble() < 0.04 ? 0.15 + rng.NextDouble() * 0.3 : 0,
            style.Mixes, style.Mixes && rng.NextDouble() < 0.5, formal);
    }

    public static Habits Draw(Random rng, bool careful) => new(
        careful ? (rng.NextDouble() < 0.8 ? 0 : 1) : rng.Next(6),
        careful ? rng.Next(1, 3) : rng.Next(3),
        rng.Next(1, 5),
        careful ? (rng.Next(2) == 0 ? 0 : 3) : rng.Next(6),
        careful ? rng.Next(2) * 3 : rng.Next(6),
        rng.Next(3),
        careful ? 0 : rng.NextDouble() < 0.3 ? rng.NextDouble() * 0.1 : 0,
        rng.NextDouble() < 0.03 ? 0.2 : 0,
        false, false, careful);

    public string Amount(decimal value)
    {
        var whole = decimal.Truncate(value) == value;
        var digits = whole ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture);
        return Money switch
        {
            1 => digits + "块",
            2 => "¥" + value.ToString(whole ? "#,0" : "#,0.00", CultureInfo.InvariantCulture),
            3 => "人民币" + value.ToString("0.00", CultureInfo.InvariantCulture) + "元",
            4 when whole && value % 100 == 0 && value < 100_000_000 => Numerals.Chinese((long)value, true) + "块",
            5 when value >= 10_000 => (value / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "万",
            _ => digits + "元",
        };
    }

    public string Count(int n) => Money == 4 || Dates == 4 ? Numerals.Chinese(n, true) : n.ToString(CultureInfo.InvariantCulture);

    public string Date(DateTimeOffset d) => Dates switch
    {
        1 => $"{d.Month}月{d.Day}号",
        2 => $"{d.Month}.{d.Day}",
        3 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        4 => $"{Numerals.Chinese(d.Month, false)}月{Numerals.Chinese(d.Day, false)}号",
        5 => $"{d.Year}/{d.Month}/{d.Day}",
        _ => $"{d.Year}年{d.Month}月{d.Day}日",
    };

    public string Time(DateTimeOffset d) => Dates switch
    {
        4 => $"{Numerals.Chinese(d.Hour > 12 ? d.Hour - 12 : d.Hour, false)}点{(d.Minute >= 30 ? "多" : "左右")}",
        2 or 3 or 5 => d.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => $"{d.Hour}点{(d.Minute == 0 ? "" : d.Minute + "分")}",
    };

    public string PhoneNumber(string phone) => Phone switch
    {
        1 when phone.Length == 11 && phone[0] == '1' => $"{phone[..3]} {phone[3..7]} {phone[7..]}",
        2 when phone.Length == 11 && phone[0] == '1' => $"{phone[..3]}-{phone[3..7]}-{phone[7..]}",
        _ => phone,
    };
}
