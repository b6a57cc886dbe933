using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Triage.Messaging;

public static class BusExtensions
{
    public static IHostApplicationBuilder AddTriageBus(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section);
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

        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            // MassTransit would report usage to its vendor over the internet: nothing leaves a lender's network unasked.
            x.DisableUsageTelemetry();
            addConsumers?.Invoke(x);
            if (bus.Transport == BusTransport.RabbitMq)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(new Uri(bus.RabbitMq), host => host.PublisherConfirmation = true);
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
