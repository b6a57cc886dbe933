using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Polly.CircuitBreaker;

namespace Triage.Storage;

// The database away (refused, timed out, busy, or the circuit open after too many failures) is not the caller's fault
// and not a bug: 503 with Retry-After, so a desk's client tries again instead of reporting an error, never 500.
public sealed class StorageUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public static bool IsOutage(Exception exception) =>
        exception is BrokenCircuitException || DatabaseResilience.IsTransient(exception) ||
        (exception.InnerException is { } inner && IsOutage(inner));

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOutage(exception))
            return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Storage is unavailable",
                Detail = $"The database cannot be reached just now; try again in {RetryAfterSeconds} seconds (a complaint sent again with its externalId is never stored twice).",
            },
        });
    }
}
