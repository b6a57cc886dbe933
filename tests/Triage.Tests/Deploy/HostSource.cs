using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Deploy;

// What the deployment manifests must agree with, read from the services (their source, as ExportedMetrics reads metric
// names, or their types), so that renaming an endpoint or a queue there breaks the manifests' tests here.
public static partial class HostSource
{
    // The health endpoints the host maps, by the tag of the checks they run: "live" → "/health/live".
    public static IReadOnlyDictionary<string, string> HealthEndpoints()
    {
        var source = File.ReadAllText(ServicesPath("Triage.ServiceDefaults", "ServiceDefaultsExtensions.cs"));
        return HealthEndpoint().Matches(source).ToDictionary(m => m.Groups["tag"].Value, m => m.Groups["path"].Value);
    }

    // The RabbitMQ queue each message type is consumed from: the endpoint of the definition of the consumer that takes
    // it one message at a time (a batch consumer reads the same queue). MassTransit names the queue after the endpoint.
    public static IReadOnlyDictionary<string, string> QueuesByMessage()
    {
        var queues = new Dictionary<string, string>();
        // As MassTransit makes them: from the container, a definition's settings (IOptions) at their defaults.
        using var services = new ServiceCollection().AddOptions().BuildServiceProvider();
        var definitions = new[] { typeof(Triage.Scoring.ScoringOptions), typeof(Triage.Routing.RouteDecider), typeof(Triage.Rescoring.RescoreChunkConsumer) }
            .SelectMany(t => t.Assembly.GetTypes())
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IConsumerDefinition).IsAssignableFrom(t));
        foreach (var type in definitions)
        {
            var definition = (IConsumerDefinition)ActivatorUtilities.CreateInstance(services, type);
            var messages = definition.ConsumerType.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
                .Select(i => i.GetGenericArguments()[0])
                .Where(m => !m.IsGenericType);
            foreach (var message in messages)
                queues[message.Name] = definition.GetEndpointName(DefaultEndpointNameFormatter.Instance);
        }
        return queues;
    }

    private static string ServicesPath(params string[] parts) => Path.Combine([TestEnvironment.RepoRoot, "services", .. parts]);

    [GeneratedRegex(@"MapHealthChecks\(\s*""(?<path>[^""]+)""[^;]*?Tags\.Contains\(""(?<tag>[^""]+)""\)")]
    private static partial Regex HealthEndpoint();
}
