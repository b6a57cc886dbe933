using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Triage.Routing;

public static class RoutingExtensions
{
    public static IHostApplicationBuilder AddRouting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section)
            .Validate(o => o.SuspectScore is null or >= 0 and <= 1, "Triage:Routing:SuspectScore must be between 0 and 1.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(sp => new RouteDecider(sp.GetRequiredService<IOptions<RoutingOptions>>().Value));
        builder.Services.TryAddSingleton<RouteWriter>();
        return builder;
    }

    public static void AddRoutingConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ComplaintScoredConsumer, ComplaintScoredConsumerDefinition>();
        bus.AddConsumer<ClusterFlaggedConsumer, ClusterFlaggedConsumerDefinition>();
    }
}
