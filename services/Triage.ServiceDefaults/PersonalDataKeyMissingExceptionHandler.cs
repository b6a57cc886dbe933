using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Triage.Storage;

namespace Triage.ServiceDefaults;

// A complaint sealed with a key this process does not hold: an operator's problem, named as such, never a stack trace.
public sealed class PersonalDataKeyMissingExceptionHandler(IProblemDetailsService problems, ILogger<PersonalDataKeyMissingExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (Missing(exception) is not { } missing)
            return false;
        logger.LogError("Personal data sealed with key {KeyId} cannot be opened: the key is not configured ({Path})", missing.KeyId, context.Request.Path);
        return await problems.TryWriteAsync(context, null, StatusCodes.Status500InternalServerError, "Personal data cannot be opened",
            $"This complaint's personal data was sealed with key '{missing.KeyId}', which is not in the configured key set; an operator must restore that key (docs/operations.md, \"Keys\").");
    }

    private static PersonalDataKeyMissingException? Missing(Exception? exception) => exception switch
    {
        null => null,
        PersonalDataKeyMissingException missing => missing,
        _ => Missing(exception.InnerException),
    };
}
