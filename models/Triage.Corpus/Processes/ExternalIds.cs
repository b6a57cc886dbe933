using System.Globalization;

namespace Triage.Corpus.Processes;

// Ids as the source systems write them: a channel prefix, the local date and a per-day counter.
public sealed class ExternalIds
{
    private readonly Dictionary<string, int> counters = new(StringComparer.Ordinal);
    private DateOnly day;

    public string Next(string channel, DateTimeOffset receivedAt)
    {
        var date = DateOnly.FromDateTime(receivedAt.DateTime);
        if (date != day)
        {
            counters.Clear();
            day = date;
        }
        var key = channel;
        counters[key] = counters.GetValueOrDefault(key) + 1;
        var prefix = channel switch
        {
            "app" => "APP", "web" => "WEB", "hotline" => "HL", "email" => "EM", "letter" => "LTR",
            "regulator" => "12378", "social" => "SOC", "branch" => "BR", _ => "OT",
        };
        return $"{prefix}-{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{counters[key]:D4}";
    }
}
