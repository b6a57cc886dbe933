using System.Text.RegularExpressions;

namespace Triage.Signals.Text;

// Patterns over normalised text: half-width, lower-case, one space at most and only between Latin letters or digits.
internal static partial class SkeletonPatterns
{
    [GeneratedRegex(@"(?:https?://|www\.)[0-9a-z\-._~:/?#\[\]@!$&'()*+,;=%]+")]
    public static partial Regex Url();

    [GeneratedRegex(@"[0-9a-z._%+\-]+@[0-9a-z.\-]+\.[a-z]{2,}")]
    public static partial Regex Email();

    // An 18-digit resident ID, also half-masked as desks and apps show it.
    [GeneratedRegex(@"(?<![0-9a-z*])(?:\d{17}[0-9x]|\d{6}\*{8}\d{3}[0-9x*]|\d{4}\*{10}\d{3}[0-9x*]|\d{1,6}\*{6,12}\d{2,4}[0-9x]?)(?![0-9a-z*])")]
    public static partial Regex IdNumber();

    // Mobiles (also 138-0013-8000, +86, 138****8000), landlines, 400/800 lines and 95xxx service numbers.
    [GeneratedRegex(@"(?<![0-9a-z*])(?:(?:\+?86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}|1[3-9]\d\*{4}\d{4}|0\d{2,3}[ \-]?\d{7,8}|[48]00[ \-]?\d{3}[ \-]?\d{4}|95\d{3,4})(?![0-9a-z*])")]
    public static partial Regex Phone();

    [GeneratedRegex(@"(?<!\d)(?:\d{4} ?[\-/.年] ?\d{1,2} ?[\-/.月] ?\d{1,2} ?[日号]|\d{4} ?年 ?\d{1,2} ?月份?|\d{1,2} ?月 ?\d{1,2} ?[日号]|\d{4} ?年度?|\d{1,2} ?月份?|\d{1,2} ?[点时](?:\d{1,2} ?分|半)?)" +
                    @"|(?<!\d)(?:\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}|\d{1,2}/\d{1,2}(?!/)|\d{1,2}:\d{2}(?::\d{2})?)(?!\d)" +
                    @"|(?<![\d.])(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?![\d.%元块万千])" +
                    @"|[一二三四五六七八九十]{1,3}月(?:份|[一二三四五六七八九十]{1,3}[日号])?|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}[日号](?![\u4e00-\u9fff])")]
    public static partial Regex Date();

    // Amounts in digits with a currency or a unit, and in Chinese numerals ("两万三千", "五百元"). A Chinese numeral
    // needs a digit before its magnitude, so that "万一", "千万" and "十分" stay words.
    [GeneratedRegex(@"(?:¥|\$|rmb|人民币) ?\d[\d,]*(?:\.\d+)?(?:多|余)?(?:万|千)?(?:元|块钱|块)?" +
                    @"|(?<![\d.])\d[\d,]*(?:\.\d+)?(?:万|千|百)?(?:\d+(?:千|百)?)?(?:多|余)? ?(?:元整?|块钱|块|rmb|万)" +
                    @"|[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖][零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]*[百千万亿佰仟][零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]*(?:多|余)?(?:元整?|块钱|块)?" +
                    @"|[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+(?:多|余)?(?:元整?|块钱)")]
    public static partial Regex Amount();

    // Runs of Latin letters, digits and the characters that join them in order, loan and contract numbers.
    [GeneratedRegex(@"[0-9a-z][0-9a-z_\-*]*")]
    public static partial Regex Token();
}
