using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Triage.Review;

// Keyset position in the highest-risk-first listing: the last item's risk and id.
public sealed record ClusterCursor(double Risk, string Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Risk.ToString("R", CultureInfo.InvariantCulture)}|{Id}"));

    public static bool TryDecode(string? value, out ClusterCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value))
            return true;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split('|');
            if (parts.Length != 2 || !double.TryParse(parts[0], CultureInfo.InvariantCulture, out var risk) || !double.IsFinite(risk) || parts[1].Length == 0)
                return false;
            cursor = new ClusterCursor(risk, parts[1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
