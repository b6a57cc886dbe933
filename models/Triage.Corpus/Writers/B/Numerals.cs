namespace Triage.Corpus.Writers.B;

// Amounts and days as people write them in words: 三千, 一万二, 二十八.
internal static class Numerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Chinese(long n, bool colloquial)
    {
        if (n == 0)
            return "零";
        if (n >= 100_000_000)
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var wan = n / 10_000;
        var rest = n % 10_000;
        if (wan == 0)
            return Below10k(rest, colloquial, true);
        var head = Below10k(wan, colloquial, true) + "万";
        if (rest == 0)
            return head;
        if (colloquial && rest % 1000 == 0)
            return head + Digits[(int)(rest / 1000)];
        return head + (rest < 1000 ? "零" : "") + Below10k(rest, colloquial, false);
    }

    private static string Below10k(long n, bool colloquial, bool leading)
    {
        var units = new[] { "千", "百", "十", "" };
        var parts = new[] { n / 1000, n / 100 % 10, n / 10 % 10, n % 10 };
        var text = new System.Text.StringBuilder();
        var zero = false;
        var started = false;
        for (var i = 0; i < 4; i++)
        {
            if (parts[i] == 0)
            {
                zero = started;
                continue;
            }
            if (zero)
                text.Append('零');
            zero = false;
            if (i == 2 && parts[i] == 1 && !started && leading)
                text.Append('十');
            else
                text.Append(parts[i] == 2 && i < 2 && colloquial && !started ? '两' : Digits[(int)parts[i]]).Append(units[i]);
            started = true;
        }
        return text.ToString();
    }
}
