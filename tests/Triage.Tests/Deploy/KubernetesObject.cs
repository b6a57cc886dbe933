namespace Triage.Tests.Deploy;

// One rendered manifest, with the few ways into it the deployment tests need. Scalars are strings, as YAML reads them.
public sealed class KubernetesObject(IDictionary<object, object?> definition)
{
    public IDictionary<object, object?> Definition { get; } = definition;

    public string Kind => (string)Definition["kind"]!;

    public string Name => (string)Yaml.Path(Definition, "metadata", "name")!;

    public string? Namespace => Yaml.Path(Definition, "metadata", "namespace") as string;

    public object? this[params string[] path] => Yaml.Path(Definition, path);

    public IDictionary<object, object?> Map(params string[] path) => Yaml.Map(Yaml.Path(Definition, path));

    public IList<object?> List(params string[] path) => Yaml.Path(Definition, path) as IList<object?> ?? [];

    public IReadOnlyDictionary<string, string> Labels(params string[] path) =>
        Yaml.Path(Definition, path) is IDictionary<object, object?> labels
            ? labels.ToDictionary(l => (string)l.Key, l => (string)l.Value!)
            : new Dictionary<string, string>();

    // A Deployment's pod: its labels and its containers.
    public IReadOnlyDictionary<string, string> PodLabels => Labels("spec", "template", "metadata", "labels");

    public IEnumerable<IDictionary<object, object?>> Containers => List("spec", "template", "spec", "containers").Select(Yaml.Map);

    // The role a Deployment runs: its literal Triage__Roles.
    public string? Role => Containers
        .SelectMany(c => Yaml.Path(c, "env") as IList<object?> ?? [])
        .Select(Yaml.Map)
        .Where(e => (string)e["name"]! == "Triage__Roles")
        .Select(e => Yaml.Path(e, "value") as string)
        .SingleOrDefault();

    public override string ToString() => $"{Kind}/{Name}";
}
