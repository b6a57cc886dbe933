using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Triage.ServiceDefaults;

namespace Triage.Scoring;

public static class ModelApi
{
    public static IEndpointRouteBuilder MapModelApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/model", GetModel).RequireAuthorization(TriageRoles.Analyst).WithTags("Model").WithName("GetModel");
        return app;
    }

    public static async Task<Ok<ModelView>> GetModel(ModelProvider models, IOptions<ScoringOptions> options, CancellationToken cancellationToken)
    {
        var metadata = (await models.GetAsync(cancellationToken)).Metadata;
        return TypedResults.Ok(new ModelView(metadata.Version, metadata.TrainedAt, metadata.Metrics,
            options.Value.Threshold ?? metadata.Threshold, metadata.FeatureSchemaHash));
    }
}
