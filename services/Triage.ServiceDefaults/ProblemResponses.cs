using Microsoft.AspNetCore.Http;

namespace Triage.ServiceDefaults;

internal static class ProblemResponses
{
    // The status on the response and the same status, title and detail as problem+json; false when no writer could
    // write it (the exception handler middleware then answers as it would have).
    public static async ValueTask<bool> TryWriteAsync(this IProblemDetailsService problems, HttpContext context, Exception? exception, int status,
        string title, string detail)
    {
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
