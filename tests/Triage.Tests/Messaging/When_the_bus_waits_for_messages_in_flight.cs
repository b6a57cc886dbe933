using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Triage.Messaging;

namespace Triage.Tests.Messaging;

// A receive endpoint that lost its connection waits for its messages in flight at most Triage:Bus:StopTimeout, then
// reconnects (When_a_broker_node_dies shows why it must not wait without bound).
public class When_the_bus_waits_for_messages_in_flight
{
    [Test]
    public void Should_bound_the_wait_by_default()
    {
        using var host = Build([]);

        Assert.That(host.Services.GetRequiredService<IOptions<MassTransitHostOptions>>().Value.StopTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Should_take_the_bound_from_configuration()
    {
        using var host = Build(new() { ["Triage:Bus:StopTimeout"] = "00:00:04" });

        Assert.That(host.Services.GetRequiredService<IOptions<MassTransitHostOptions>>().Value.StopTimeout, Is.EqualTo(TimeSpan.FromSeconds(4)));
    }

    [Test]
    public void Should_refuse_a_bound_that_is_not_positive()
    {
        using var host = Build(new() { ["Triage:Bus:StopTimeout"] = "00:00:00" });

        var error = Assert.Throws<OptionsValidationException>(() => _ = host.Services.GetRequiredService<IOptions<BusOptions>>().Value);
        Assert.That(error!.Message, Does.Contain("Triage:Bus:StopTimeout"));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTriageBus();
        return builder.Build();
    }
}
