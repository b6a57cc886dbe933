using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Triage.Review;

// The analysts' page: plain files embedded in this assembly, so the host needs no front-end build or wwwroot folder.
// The page itself is public; every data call it makes carries the analyst's key.
public static class ReviewPage
{
    public const string Path = "/review";

    // Nothing inline, nothing from elsewhere: complaint text is untrusted and the page only ever talks to this host.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly EmbeddedFileProvider Files = new(typeof(ReviewPage).Assembly, "Triage.Review.wwwroot");
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapReviewPage(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(Path).AllowAnonymous().ExcludeFromDescription();
        page.MapGet("/", (HttpContext context) => Serve(context, "index.html"));
        page.MapGet("/{file}", (HttpContext context, string file) => Serve(context, file));
        return app;
    }

    private static IResult Serve(HttpContext context, string name)
    {
        var file = Files.GetFileInfo(name);
        if (!file.Exists || !ContentTypes.TryGetContentType(name, out var contentType))
            return TypedResults.NotFound();

        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (contentType.StartsWith("text/", StringComparison.Ordinal))
            contentType += "; charset=utf-8";
        return TypedResults.Stream(file.CreateReadStream(), contentType, lastModified: file.LastModified);
    }
}
