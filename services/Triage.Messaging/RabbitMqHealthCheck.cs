using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Triage.Messaging;

// MassTransit connects lazily and a bus with no receive endpoints stays "healthy" while the broker is down,
// so readiness opens a short connection of its own (to any node of a cluster); results are kept briefly so probes
// do not hammer the broker.
public sealed class RabbitMqHealthCheck(IOptions<BusOptions> options, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);
    private (DateTimeOffset At, HealthCheckResult Result)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_last is { } last && clock.GetUtcNow() - last.At < CacheFor)
            return last.Result;
        var result = await ProbeAsync(cancellationToken);
        _last = (clock.GetUtcNow(), result);
        return result;
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var nodes = RabbitMqNodes.Parse(options.Value.RabbitMq);
        var factory = new ConnectionFactory
        {
            Uri = nodes.Address,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "triage-health",
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(nodes.Nodes, cancellationToken);
            return HealthCheckResult.Healthy($"RabbitMQ accepts connections ({connection.Endpoint})");
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ is not usable: {exception.GetType().Name}");
        }
    }
}
