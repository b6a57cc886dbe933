using System.Globalization;

namespace Triage.Corpus.Writers.C;

// How one writer writes money and days; the format index comes from the context so a person stays consistent.
internal static class Say
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Digits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];

    public static string Money(decimal amount, int style)
    {
        var whole = amount == Math.Floor(amount);
        var plain = whole ? ((long)amount).ToString(Inv) : amount.ToString("0.00", Inv);
        return (style % 6) switch
        {
            0 => plain + "元",
            1 => plain + "块",
            2 => amount.ToString("#,##0.00", Inv) + "元",
            3 => "¥" + plain,
            4 => Loose(amount, plain),
            _ => whole && amount % 100 == 0 && amount < 100_000 ? "人民币" + Capital((long)amount) + "元整" : "人民币" + plain + "元",
        };
    }

    private static string Loose(decimal amount, string plain)
    {
        if (amount >= 10_000 && amount % 1000 == 0)
            return (amount / 10_000m).ToString("0.#", Inv) + "万";
        if (amount >= 1000 && amount % 1000 == 0)
            return (amount / 1000m).ToString("0", Inv) + "千块";
        return plain + "元";
    }

    private static string Capital(long n)
    {
        var (a, b, c) = (n / 10_000, n / 1000 % 10, n / 100 % 10);
        var s = a > 0 ? Digits[a] + "万" : "";
        if (b > 0) s += Digits[b] + "仟";
        else if (a > 0 && c > 0) s += "零";
        if (c > 0) s += Digits[c] + "佰";
        return s;
    }

    public static string Day(DateTimeOffset d, int style) => (style / 6 % 6) switch
    {
        0 => d.ToString("yyyy年M月d日", Inv),
        1 => d.ToString("M月d号", Inv),
        2 => d.ToString("yyyy.M.d", Inv),
        3 => d.ToString("yyyy-MM-dd", Inv),
        4 => d.ToString("M/d", Inv),
        _ => d.ToString("yy年M月d日", Inv),
    };

    public static string Clock(DateTimeOffset d, Random rng) => rng.Next(4) switch
    {
        0 => d.ToString("H:mm", Inv),
        1 => (d.Hour < 5 ? "凌晨" : d.Hour < 12 ? "早上" : d.Hour < 14 ? "中午" : d.Hour < 18 ? "下午" : "晚上") + (d.Hour % 12 == 0 ? 12 : d.Hour % 12).ToString(Inv) + "点多",
        2 => d.Hour.ToString(Inv) + "点" + (d.Minute < 10 ? "左右" : d.Minute.ToString(Inv) + "分"),
        _ => (d.Hour < 5 ? "凌晨" : d.Hour < 12 ? "上午" : "下午") + (d.Hour % 12 == 0 ? 12 : d.Hour % 12).ToString(Inv) + "点" + (d.Minute >= 30 ? "半" : ""),
    };

    // A relative day as people write it when it is recent ("前天", "上周三"), else the writer's own date format.
    public static string Ago(DateTimeOffset then, DateTimeOffset now, int style, Random rng)
    {
        var days = (now.Date - then.Date).Days;
        if (days == 0 && rng.Next(3) > 0) return "今天";
        if (days == 1 && rng.Next(3) > 0) return "昨天";
        if (days == 2 && rng.Next(2) == 0) return "前天";
        return Day(then, style);
    }

    public static string Tail(string digits, int n) => digits.Length <= n ? digits : digits[^n..];

    public static string Int(int n) => n.ToString(Inv);
}
