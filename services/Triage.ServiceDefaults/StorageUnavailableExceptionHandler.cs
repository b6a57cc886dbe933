using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Polly.CircuitBreaker;
using Triage.Storage;

namespace Triage.ServiceDefaults;

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
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(context, exception, StatusCodes.Status503ServiceUnavailable, "Storage is unavailable",
            $"The database cannot be reached just now; try again in {RetryAfterSeconds} seconds (a complaint sent again with its externalId is never stored twice).");
    }
}
