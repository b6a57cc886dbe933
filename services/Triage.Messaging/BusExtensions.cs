using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Triage.Messaging;

public static class BusExtensions
{
    public static IHostApplicationBuilder AddTriageBus(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section)
            .Validate(o => o.Transport != BusTransport.RabbitMq || RabbitMqNodes.TryParse(o.RabbitMq, out _),
                "Triage:Bus:RabbitMq must be an amqp:// URI, optionally followed by further cluster nodes (URIs or host:port) separated by commas.")
            .Validate(o => o.StopTimeout > TimeSpan.Zero, "Triage:Bus:StopTimeout must be a positive time span, e.g. 00:00:10.")
            .ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        var bus = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        var outbox = builder.Configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IOutboxPublisher, MassTransitOutboxPublisher>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        if (outbox.DispatcherEnabled)
            builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());

        if (bus.Transport == BusTransport.RabbitMq)
        {
            builder.Services.AddSingleton<RabbitMqHealthCheck>();
            builder.Services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>("rabbitmq", tags: ["ready"]);
        }

        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o => o.StopTimeout = bus.StopTimeout);
        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            // MassTransit would report usage to its vendor over the internet: nothing leaves a lender's network unasked.
            x.DisableUsageTelemetry();
            addConsumers?.Invoke(x);
            if (bus.Transport == BusTransport.RabbitMq)
            {
                if (bus.QueueType == RabbitMqQueueType.Quorum)
                    x.AddConfigureEndpointsCallback(QuorumQueues.Declare);
                x.UsingRabbitMq((context, cfg) =>
                {
                    var nodes = RabbitMqNodes.Parse(bus.RabbitMq);
                    cfg.Host(nodes.Address, host =>
                    {
                        host.PublisherConfirmation = true;
                        // Connections go to the nodes in turn: a lost connection reconnects to the next node.
                        if (nodes.IsCluster)
                            host.UseCluster(cluster => nodes.Nodes.ToList().ForEach(node => cluster.Node($"{node.HostName}:{node.Port}")));
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return builder;
    }
}
