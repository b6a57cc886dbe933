using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Triage.ServiceDefaults;

// A body that cannot be read (malformed JSON, the wrong shape for the endpoint) is the caller's mistake: it answers
// with the status the framework gave it (400, 413, 415) as problem+json, never 500, in any environment.
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        return await problems.TryWriteAsync(context, exception, bad.StatusCode, "The request could not be read",
            bad.StatusCode == StatusCodes.Status400BadRequest
                ? "The request body is not valid JSON of the shape this endpoint takes (see /openapi/v1.json)."
                : bad.Message);
    }
}
