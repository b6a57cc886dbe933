using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Triage.ServiceDefaults;

// The API takes one kind of body: JSON in UTF-8 (contract, section 5). Every POST, PUT and PATCH is held to it here,
// before an endpoint reads a byte, so that no handler reads text/plain, a form or UTF-16 as if it were UTF-8 JSON: a
// Content-Type other than application/json (charset absent or utf-8, any case), or a body without one, answers 415. A
// declared UTF-8 body is checked as it is read (Utf8ValidatingStream) and answers 415 at the first byte that is not
// UTF-8. A request with no body and no Content-Type passes: several endpoints take an optional body.
public sealed class Utf8JsonBody(RequestDelegate next, IProblemDetailsService problems)
{
    public const string Accepted = "application/json, with no charset or charset=utf-8";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!Applies(context))
        {
            await next(context);
            return;
        }
        if (request.ContentType is null ? HasBody(request) : !IsUtf8Json(request.ContentType))
        {
            await RefuseAsync(context, request.ContentType is null
                ? $"The request has a body but no Content-Type; this endpoint takes {Accepted}."
                : $"The Content-Type {request.ContentType} is not accepted; this endpoint takes {Accepted}.");
            return;
        }
        request.Body = new Utf8ValidatingStream(request.Body);
        try
        {
            await next(context);
        }
        catch (BodyNotUtf8Exception) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await RefuseAsync(context, $"The body is not valid UTF-8; this endpoint takes {Accepted}.");
        }
    }

    // A charset given empty ("charset=") is not utf-8: the JSON reader would look that encoding up and fail.
    public static bool IsUtf8Json(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && media.Parameters.Where(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase))
            .All(p => p.Value.Value?.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase) == true);

    // Endpoints that declare other media types (none today) keep them; requests that match no endpoint end in 404 or 405.
    private static bool Applies(HttpContext context)
    {
        if (!(HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsPatch(context.Request.Method)))
            return false;
        if (context.GetEndpoint() is not { } endpoint)
            return false;
        var accepts = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>();
        return accepts.Count == 0 || accepts.Any(a => a.ContentTypes.Any(t => IsUtf8Json(t)));
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0
        || (request.ContentLength is null && request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);

    private async Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status415UnsupportedMediaType, Title = "Unsupported media type", Detail = detail },
        });
    }
}
