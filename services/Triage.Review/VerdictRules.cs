using Triage.ServiceDefaults;

namespace Triage.Review;

// The one check of an analyst's verdict, on a cluster or on a complaint: one of two words, and a note of bounded length.
public static class VerdictRules
{
    public const int MaxNote = 2_000;

    public static ValidationErrors Check(string? verdict, string? note, string yes, string no)
    {
        var errors = new ValidationErrors();
        if (verdict != yes && verdict != no)
            errors.Add("verdict", $"must be \"{yes}\" or \"{no}\"");
        if (note is { Length: > MaxNote })
            errors.Add("note", $"may be at most {MaxNote:N0} characters");
        // Stored as written; PostgreSQL refuses a NUL in a text column.
        if (note?.Contains('\0') == true)
            errors.Add("note", "may not contain the NUL character (U+0000)");
        return errors;
    }
}
