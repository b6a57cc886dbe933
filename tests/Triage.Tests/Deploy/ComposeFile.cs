using Triage.Testing;
using Triage.Tests.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Triage.Tests.Deploy;

// deploy/docker-compose.yml as docker compose reads it: anchors and merge keys (`<<:`) resolved, scalars as strings.
public sealed class ComposeFile
{
    public const string AppImage = "triage-host:local";

    private ComposeFile(string text, IReadOnlyDictionary<string, ComposeService> services)
    {
        Text = text;
        Services = services;
    }

    public static string DeployPath(params string[] parts) => Path.Combine([TestEnvironment.RepoRoot, "deploy", .. parts]);

    public string Text { get; }

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    // The services that run Triage.Host: built from deploy/Dockerfile.
    public IEnumerable<ComposeService> AppServices => Services.Values.Where(s => s.IsApp);

    public static ComposeFile Load()
    {
        var text = File.ReadAllText(DeployPath("docker-compose.yml"));
        var root = Yaml.Map(Yaml.Parse(text));
        var services = Yaml.Map(root["services"]).ToDictionary(s => (string)s.Key, s => new ComposeService((string)s.Key, Yaml.Map(s.Value)));
        return new ComposeFile(text, services);
    }
}

public sealed class ComposeService(string name, IDictionary<object, object?> definition)
{
    public string Name { get; } = name;

    public IDictionary<object, object?> Definition { get; } = definition;

    public string? Image => Definition.TryGetValue("image", out var image) ? image as string : null;

    public bool IsApp => Definition.ContainsKey("build") || Image == ComposeFile.AppImage;

    public bool InProfile => Definition.ContainsKey("profiles");

    public int Replicas => Yaml.Path(Definition, "deploy", "replicas") is string replicas ? int.Parse(replicas) : 1;

    public IReadOnlyList<string> Roles => Environment.TryGetValue("Triage__Roles", out var roles) && roles is not null
        ? roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => r.ToLowerInvariant()).ToList()
        : [];

    // `environment:` as a mapping or as a list of NAME=value.
    public IReadOnlyDictionary<string, string?> Environment
    {
        get
        {
            if (!Definition.TryGetValue("environment", out var environment) || environment is null)
                return new Dictionary<string, string?>();
            if (environment is IList<object?> list)
                return list.Cast<string>().Select(e => e.Split('=', 2))
                    .ToDictionary(e => e[0], e => e.Length > 1 ? e[1] : null);
            return Yaml.Map(environment).ToDictionary(e => (string)e.Key, e => e.Value as string);
        }
    }

    // Short syntax ("[ip:]host:container[/proto]") or long syntax (published, target, host_ip), as "[ip:]host:container".
    public IReadOnlyList<string> Ports => Definition.TryGetValue("ports", out var ports) && ports is IList<object?> list
        ? list.Select(p => p is string s ? s : LongPort(Yaml.Map(p))).ToList()
        : [];

    public IReadOnlyDictionary<string, string?> DependsOn
    {
        get
        {
            if (!Definition.TryGetValue("depends_on", out var dependsOn) || dependsOn is null)
                return new Dictionary<string, string?>();
            if (dependsOn is IList<object?> list)
                return list.Cast<string>().ToDictionary(d => d, _ => (string?)"service_started");
            return Yaml.Map(dependsOn).ToDictionary(d => (string)d.Key, d => Yaml.Path(d.Value, "condition") as string);
        }
    }

    public string HealthCheck => Yaml.Path(Definition, "healthcheck", "test") switch
    {
        IList<object?> test => string.Join(' ', test),
        string test => test,
        _ => "",
    };

    private static string LongPort(IDictionary<object, object?> port) =>
        $"{(port.TryGetValue("host_ip", out var ip) ? ip + ":" : "")}{port["published"]}:{port["target"]}";
}

public static class Yaml
{
    public static object? Parse(string text)
    {
        var parser = new MergingParser(new Parser(new StringReader(text)));
        return new DeserializerBuilder().Build().Deserialize<object?>(parser);
    }

    public static IDictionary<object, object?> Map(object? node) =>
        node as IDictionary<object, object?> ?? throw new AssertionException($"Expected a YAML mapping, found {node?.GetType().Name ?? "nothing"}.");

    public static object? Path(object? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (node is not IDictionary<object, object?> map || !map.TryGetValue(key, out node))
                return null;
        }
        return node;
    }
}
