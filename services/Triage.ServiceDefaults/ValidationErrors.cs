using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Triage.ServiceDefaults;

public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
            _errors[field] = messages = [];
        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    // The one shape of a 400 in the API: problem+json with the fields and their reasons under "errors"; a 409 that
    // names fields has the same shape.
    public ProblemHttpResult ToProblem(string detail, int statusCode = StatusCodes.Status400BadRequest, string title = "Validation failed") =>
        TypedResults.Problem(detail, statusCode: statusCode, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = ToDictionary() });
}
