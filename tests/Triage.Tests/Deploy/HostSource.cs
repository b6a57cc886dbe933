using System.Text.RegularExpressions;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Deploy;

// What the deployment manifests must agree with, read from the services' source (as ExportedMetrics reads metric
// names), so that renaming an endpoint or a queue there breaks the manifests' tests here.
public static partial class HostSource
{
    // The health endpoints the host maps, by the tag of the checks they run: "live" → "/health/live".
    public static IReadOnlyDictionary<string, string> HealthEndpoints()
    {
        var source = File.ReadAllText(ServicesPath("Triage.ServiceDefaults", "ServiceDefaultsExtensions.cs"));
        return HealthEndpoint().Matches(source).ToDictionary(m => m.Groups["tag"].Value, m => m.Groups["path"].Value);
    }

    // The RabbitMQ queue each message type is consumed from: the consumer's IConsumer<Message>, the EndpointName of
    // its ConsumerDefinition. MassTransit names the queue after the endpoint.
    public static IReadOnlyDictionary<string, string> QueuesByMessage()
    {
        var consumers = new Dictionary<string, string>();
        var endpoints = new Dictionary<string, string>();
        foreach (var file in Sources())
        {
            var source = File.ReadAllText(file);
            foreach (Match consumer in Consumer().Matches(source))
                consumers[consumer.Groups["consumer"].Value] = consumer.Groups["message"].Value;
            var definition = Definition().Match(source);
            var endpoint = EndpointName().Match(source);
            if (definition.Success && endpoint.Success)
                endpoints[definition.Groups["consumer"].Value] = endpoint.Groups["name"].Value;
        }
        return endpoints.Where(e => consumers.ContainsKey(e.Key)).ToDictionary(e => consumers[e.Key], e => e.Value);
    }

    private static string ServicesPath(params string[] parts) => Path.Combine([TestEnvironment.RepoRoot, "services", .. parts]);

    private static IEnumerable<string> Sources() =>
        Directory.EnumerateFiles(ServicesPath(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    [GeneratedRegex(@"MapHealthChecks\(\s*""(?<path>[^""]+)""[^;]*?Tags\.Contains\(""(?<tag>[^""]+)""\)")]
    private static partial Regex HealthEndpoint();

    // `class ComplaintReceivedConsumer(…primary constructor…) : IConsumer<ComplaintReceived>`
    [GeneratedRegex(@"class\s+(?<consumer>\w+)\b[^{;]*?\bIConsumer<(?<message>\w+)>")]
    private static partial Regex Consumer();

    [GeneratedRegex(@"ConsumerDefinition<(?<consumer>\w+)>")]
    private static partial Regex Definition();

    [GeneratedRegex(@"EndpointName\s*=\s*""(?<name>[^""]+)""")]
    private static partial Regex EndpointName();
}
