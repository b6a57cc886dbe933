using System.Globalization;
using System.Text;

namespace Triage.Signals.Text;

// One original character to its normal form: NFKC (full-width to half-width, compatibility forms), the CJK
// punctuation NFKC leaves alone folded to ASCII, Latin lower-cased, invisible format characters dropped.
// Folding character by character keeps every output character tied to the character it came from.
internal static class CharFolding
{
    private static readonly string?[] Table = new string?[char.MaxValue + 1];

    private static readonly string[] Lower = Enumerable.Range('a', 26).Select(i => ((char)i).ToString()).ToArray();

    // Null when the character stays as it is, the common case for ASCII and CJK ideographs.
    public static string? Fold(char c)
    {
        if (c < 0x80)
            return c is >= 'A' and <= 'Z' ? Lower[c - 'A'] : null;
        if (c is >= '\u4E00' and <= '\u9FFF' || char.IsSurrogate(c))
            return null;
        // A benign race: two threads may both compute the same value.
        return Table[c] ??= Compute(c);
    }

    private static string Compute(char c)
    {
        // Placeholders live in the private-use area, so text must never bring its own.
        if (c is >= '\uE000' and <= '\uF8FF')
            return " ";
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            return "";
        var normal = c.ToString().Normalize(NormalizationForm.FormKC);
        var folded = new StringBuilder(normal.Length);
        foreach (var n in normal)
            folded.Append(Punctuation(n));
        return folded.ToString().ToLowerInvariant();
    }

    private static char Punctuation(char c) => c switch
    {
        '。' or '｡' or '．' => '.',
        '、' or '､' => ',',
        '“' or '”' or '„' or '‟' or '「' or '」' or '『' or '』' or '《' or '》' or '〈' or '〉' or '﹁' or '﹂' or '«' or '»' => '"',
        '‘' or '’' or '‚' or '‛' or '′' => '\'',
        '【' or '〔' or '〖' or '［' => '[',
        '】' or '〕' or '〗' or '］' => ']',
        '⟨' => '<',
        '⟩' => '>',
        '—' or '–' or '―' or '‐' or '‑' or '‒' or '－' => '-',
        '·' or '•' or '・' or '･' => '·',
        '～' or '〜' => '~',
        '\u00A0' or '\u3000' => ' ',
        _ => c,
    };
}
