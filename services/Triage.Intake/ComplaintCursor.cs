using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Triage.Intake;

// Keyset position in the newest-first listing: the last item's receivedAt and id.
public sealed record ComplaintCursor(DateTimeOffset ReceivedAt, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    public static bool TryDecode(string? value, out ComplaintCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value))
            return true;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split(':');
            if (parts.Length != 2 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) || !Guid.TryParseExact(parts[1], "N", out var id)
                || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
                return false;
            cursor = new ComplaintCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
