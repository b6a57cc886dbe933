using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Triage.Routing.Reconciliation;

namespace Triage.Routing;

public static class RoutingExtensions
{
    public static IHostApplicationBuilder AddRouting(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration[RoutingOptions.RetiredSuspectScore] is not null)
            throw new InvalidOperationException(
                $"{RoutingOptions.RetiredSuspectScore} is no longer read: the one suspect threshold is Triage:Scoring:Threshold (unset: the model's own). Move the value there and remove this setting.");
        builder.Services.TryAddSingleton<RouteDecider>();
        builder.Services.TryAddSingleton<RouteWriter>();
        // The batch consumer's fallback routes one complaint at a time through the single-message path.
        builder.Services.TryAddScoped<ComplaintScoredConsumer>();
        builder.Services.AddOptions<ReconcilerOptions>().BindConfiguration(ReconcilerOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.Bound > TimeSpan.Zero && o.BackoffBase > TimeSpan.Zero && o.MaxBackoff >= o.BackoffBase
                           && o.MaxAttempts >= 1 && o.BatchSize >= 1,
                "Triage:Reconciler needs a positive Interval, Bound and BackoffBase, MaxBackoff no shorter than BackoffBase, MaxAttempts and BatchSize of at least 1.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<Faults>();
        return builder;
    }

    // The sweep that re-drives complaints left without a route; it runs with the routing role.
    public static IHostApplicationBuilder AddReconciler(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<Reconciler>();
        if (builder.Configuration.GetValue(ReconcilerOptions.Section + ":Enabled", true))
            builder.Services.AddHostedService<ReconcilerService>();
        return builder;
    }

    // Complaints in batches by default; Triage:Routing:Batches=false routes one per message (see AddScoringConsumers).
    public static void AddRoutingConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        if (configuration.GetValue(RoutingOptions.Batches, true))
            bus.AddConsumer<ComplaintScoredBatchConsumer, ComplaintScoredBatchConsumerDefinition>();
        else
            bus.AddConsumer<ComplaintScoredConsumer, ComplaintScoredConsumerDefinition>();
        bus.AddConsumer<ClusterRouteConsumer, ClusterRouteConsumerDefinition>();
        bus.AddConsumer<ProcessingFaultConsumer, ProcessingFaultConsumerDefinition>();
    }
}
