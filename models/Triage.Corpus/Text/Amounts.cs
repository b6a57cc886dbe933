using System.Globalization;

namespace Triage.Corpus.Text;

public static class Amounts
{
    private const string Digits = "零一二三四五六七八九";

    public static string Format(decimal value, int style)
    {
        var whole = decimal.Truncate(value) == value;
        var number = whole ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture);
        return (style % 6) switch
        {
            0 => number + "元",
            1 => number + "块",
            2 => value.ToString(whole ? "#,0" : "#,0.00", CultureInfo.InvariantCulture) + "元",
            3 => "¥" + number,
            4 when whole && value % 100 == 0 && value is > 0 and < 100_000 => Chinese((int)value) + (value >= 10_000 ? "块钱" : "块"),
            4 => number + "块钱",
            _ => number + " 元",
        };
    }

    // Spoken round amounts: 3000 → 三千, 2500 → 两千五, 15000 → 一万五.
    private static string Chinese(int value)
    {
        var wan = value / 10_000;
        var qian = value / 1_000 % 10;
        var bai = value / 100 % 10;
        var text = "";
        if (wan > 0) text += Digit(wan) + "万";
        if (qian > 0) text += (wan > 0 && bai == 0 ? Digits[qian].ToString() : Digit(qian) + "千");
        else if (wan > 0 && bai > 0) text += "零";
        if (bai > 0) text += wan == 0 && qian > 0 ? Digits[bai].ToString() : Digit(bai) + "百";
        return text;
    }

    private static string Digit(int d) => d == 2 ? "两" : Digits[d].ToString();
}
