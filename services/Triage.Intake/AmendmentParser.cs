using System.Text.Json;
using Triage.ServiceDefaults;

namespace Triage.Intake;

// An amendment is held to intake's own rules for the fields it changes. Any other field is refused by name rather
// than ignored, so that a correction a desk meant to make (a phone, say) is never dropped silently.
public static class AmendmentParser
{
    public static ParsedAmendment Parse(ReadOnlyMemory<byte> utf8Json)
    {
        var errors = new ValidationErrors();
        using var document = JsonBody.Parse(utf8Json, errors);
        if (document is null || JsonBody.Read<ComplaintAmendment>(document.RootElement, errors) is not { } request)
            return new ParsedAmendment(null, errors);

        var given = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var field in given.Where(f => !IsField(f, "text") && !IsField(f, "category")))
            errors.Add(field, "cannot be amended; only text and category can");
        var setsText = given.Any(f => IsField(f, "text"));
        var setsCategory = given.Any(f => IsField(f, "category"));
        if (!setsText && !setsCategory)
            errors.Add("body", "must hold text or category, or both");
        if (setsText)
            ComplaintValidator.ValidateText(request.Text, errors);
        if (setsCategory)
            ComplaintValidator.ValidateCategory(request.Category, errors);
        return errors.IsEmpty
            ? new ParsedAmendment(new Amendment(setsText ? ComplaintValidator.NormalText(request.Text!) : null, setsCategory, request.Category), errors)
            : new ParsedAmendment(null, errors);
    }

    // The web defaults bind property names case-insensitively; presence is judged the same way.
    private static bool IsField(string name, string field) => string.Equals(name, field, StringComparison.OrdinalIgnoreCase);
}
