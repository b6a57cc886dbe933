using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Triage.Tests.Infrastructure;

// Every endpoint the host maps, read from its own EndpointDataSource, so that a new endpoint is covered by the role and
// fuzz tests without anyone listing it.
public sealed record ApiEndpoint(string Method, RoutePattern Pattern, string? Role, bool TakesJson)
{
    public string Template => "/" + Pattern.RawText!.TrimStart('/');

    // The path with each route parameter filled in by the caller.
    public string Path(Func<RoutePatternParameterPart, string> value) =>
        "/" + string.Join("/", Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(value(parameter)),
            _ => "",
        }))));

    // A value each parameter's constraint accepts: a fresh GUID for a guid, a plausible id otherwise.
    public string Path() => Path(p => p.ParameterPolicies.Any(c => c.Content == "guid") ? Guid.NewGuid().ToString() : "x-0");

    public override string ToString() => $"{Method} {Template}";

    public static IReadOnlyList<ApiEndpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new ApiEndpoint(
                method,
                endpoint.RoutePattern,
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null),
                endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Contains("application/json")))))
            .OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();
}
