using System.Globalization;
using System.Text.RegularExpressions;

namespace Triage.Cli.Rescoring;

// The window as the user typed it; a bound left out is chosen by RescoringRuns (up to now, the configured 30 days back).
// RFC 3339 only: an offset is required, so the window never depends on the machine's time zone.
public sealed partial record RescoreWindow(DateTimeOffset? Since, DateTimeOffset? Until)
{
    public static RescoreWindow? Parse(string? since, string? until, DateTimeOffset now, out string? error)
    {
        error = null;
        if (!TryParseTime("--since", since, out var from, ref error) || !TryParseTime("--until", until, out var to, ref error))
            return null;
        if (from is { } s && to is { } u && s >= u)
            error = "--since must be before --until.";
        else if (from is { } start && to is null && start >= now)
            error = "--since must be in the past: without --until the window ends now.";
        else if (to is { } end && end > now.AddDays(1))
            error = "--until may not be more than 24 h in the future.";
        return error is null ? new RescoreWindow(from, to) : null;
    }

    private static bool TryParseTime(string option, string? text, out DateTimeOffset? value, ref string? error)
    {
        value = null;
        if (text is null)
            return true;
        if (Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(text.ToUpperInvariant().Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            value = parsed;
            return true;
        }
        error = $"{option}: '{text}' is not an RFC 3339 time; give a date, a time and an offset, such as 2026-11-01T00:00:00+08:00.";
        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
