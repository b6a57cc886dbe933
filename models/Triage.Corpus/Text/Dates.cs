using System.Globalization;

namespace Triage.Corpus.Text;

public static class Dates
{
    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Format(DateTimeOffset date, int style) => (style % 6) switch
    {
        0 => $"{date.Month}月{date.Day}日",
        1 => $"{date.Month}月{date.Day}号",
        2 => $"{date.Month}.{date.Day}",
        3 => $"{date.Year}年{date.Month}月{date.Day}日",
        4 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => $"{date.Month}/{date.Day}",
    };

    // How a person names a recent day relative to the moment of writing.
    public static string Recent(DateTimeOffset date, DateTimeOffset now, int style)
    {
        var days = (now.Date - date.Date).Days;
        return days switch
        {
            0 => "今天",
            1 => style % 3 == 0 ? "昨天" : Format(date, style),
            2 => style % 2 == 0 ? "前天" : Format(date, style),
            <= 6 when style % 2 == 1 => "这周" + Weekdays[(int)date.DayOfWeek][1..],
            <= 13 when style % 3 == 2 => "上" + Weekdays[(int)date.DayOfWeek],
            _ => Format(date, style),
        };
    }

    public static string TimeOfDay(DateTimeOffset time, int style)
    {
        var hour = time.Hour;
        var part = hour switch { < 6 => "凌晨", < 9 => "早上", < 12 => "上午", < 14 => "中午", < 18 => "下午", _ => "晚上" };
        var clock = hour > 12 && part != "中午" ? hour - 12 : hour;
        return (style % 4) switch
        {
            0 => $"{part}{clock}点多",
            1 => $"{part}{clock}点左右",
            2 => time.ToString("HH:mm", CultureInfo.InvariantCulture),
            _ => $"{part}{clock}点{(time.Minute >= 30 ? "半" : "")}",
        };
    }
}
