namespace Triage.Tests.Deploy;

// The objects of one `kubectl kustomize` render, and what the tests ask across them: a role's Deployment, the settings
// its container gets, who may reach its pods (NetworkPolicies), what scales it (KEDA).
public sealed class RenderedManifests(IReadOnlyList<KubernetesObject> objects)
{
    public const string Anywhere = "anywhere";
    public const string ThisNamespace = "this namespace";
    public const string OtherNamespaces = "namespaces matched by labels";

    public static RenderedManifests Of(string directory) => new(Kustomize.Render(directory));

    public IReadOnlyList<KubernetesObject> Objects { get; } = objects;

    public IEnumerable<KubernetesObject> OfKind(string kind) => Objects.Where(o => o.Kind == kind);

    public IReadOnlyList<KubernetesObject> Deployments => OfKind("Deployment").ToList();

    public KubernetesObject DeploymentOf(string role)
    {
        var deployments = Deployments.Where(d => d.Role == role).ToList();
        Assert.That(deployments, Has.Count.EqualTo(1), $"Deployments running the role {role}");
        return deployments[0];
    }

    public IEnumerable<KubernetesObject> ScaledObjectsOf(KubernetesObject deployment) => OfKind("ScaledObject")
        .Where(s => (s["spec", "scaleTargetRef", "name"] as string) == deployment.Name &&
                    (s["spec", "scaleTargetRef", "kind"] as string ?? "Deployment") == "Deployment");

    public static int Replicas(KubernetesObject deployment) => int.Parse(deployment["spec", "replicas"] as string ?? "1");

    // The literal settings a container gets (its ConfigMaps' data, then its own env values); references to Secrets
    // are left out, their names listed by SecretReferences.
    public IReadOnlyDictionary<string, string> Settings(IDictionary<object, object?> container)
    {
        var settings = new Dictionary<string, string>();
        foreach (var source in (Yaml.Path(container, "envFrom") as IList<object?> ?? []).Select(Yaml.Map))
        {
            if (Yaml.Path(source, "configMapRef", "name") is not string name)
                continue;
            var configMap = OfKind("ConfigMap").SingleOrDefault(c => c.Name == name)
                            ?? throw new AssertionException($"envFrom names the ConfigMap {name}, which the render does not hold");
            foreach (var (key, value) in configMap.Map("data"))
                settings[(string)key] = (string)value!;
        }
        foreach (var variable in Env(container).Where(e => e.ContainsKey("value")))
            settings[(string)variable["name"]!] = variable["value"] as string ?? "";
        return settings;
    }

    public static IEnumerable<IDictionary<object, object?>> Env(IDictionary<object, object?> container) =>
        (Yaml.Path(container, "env") as IList<object?> ?? []).Select(Yaml.Map);

    // (Secret, key) pairs the render reads: env secretKeyRefs, KEDA's secretTargetRefs, Ingress TLS.
    public IReadOnlySet<(string Secret, string? Key)> SecretReferences()
    {
        var references = new HashSet<(string, string?)>();
        foreach (var container in Deployments.SelectMany(d => d.Containers))
        {
            foreach (var variable in Env(container))
                if (Yaml.Path(variable, "valueFrom", "secretKeyRef") is IDictionary<object, object?> reference)
                    references.Add(((string)reference["name"]!, (string)reference["key"]!));
            foreach (var source in (Yaml.Path(container, "envFrom") as IList<object?> ?? []))
                if (Yaml.Path(source, "secretRef", "name") is string name)
                    references.Add((name, null));
        }
        foreach (var authentication in OfKind("TriggerAuthentication"))
        foreach (var reference in authentication.List("spec", "secretTargetRef").Select(Yaml.Map))
            references.Add(((string)reference["name"]!, (string)reference["key"]!));
        foreach (var ingress in OfKind("Ingress"))
        foreach (var tls in ingress.List("spec", "tls"))
            if (Yaml.Path(tls, "secretName") is string name)
                references.Add((name, null));
        return references;
    }

    // Where ingress to a pod may come from, by the NetworkPolicies that select it: Anywhere (a rule without `from`,
    // or an ipBlock), "namespace:<name>", ThisNamespace (a podSelector alone) or OtherNamespaces.
    public IReadOnlySet<string> IngressSources(IReadOnlyDictionary<string, string> podLabels)
    {
        var sources = new HashSet<string>();
        foreach (var rule in Rules(podLabels, "Ingress", "ingress"))
        {
            var from = Yaml.Path(rule, "from") as IList<object?> ?? [];
            if (from.Count == 0)
                sources.Add(Anywhere);
            foreach (var peer in from.Select(Yaml.Map))
            {
                if (peer.ContainsKey("ipBlock"))
                    sources.Add(Anywhere);
                else if (peer.TryGetValue("namespaceSelector", out var namespaces))
                    sources.Add(LabelSelector.NamespaceNamed(namespaces) is { } name ? $"namespace:{name}" : OtherNamespaces);
                else
                    sources.Add(ThisNamespace);
            }
        }
        return sources;
    }

    // The ports ingress to a pod is allowed on, from the given source; "any" for a rule without ports.
    public IReadOnlySet<string> IngressPorts(IReadOnlyDictionary<string, string> podLabels, string source) =>
        Rules(podLabels, "Ingress", "ingress")
            .Where(rule => (Yaml.Path(rule, "from") as IList<object?> ?? []).Select(Yaml.Map)
                .Any(peer => LabelSelector.NamespaceNamed(Yaml.Path(peer, "namespaceSelector")) is { } name && $"namespace:{name}" == source))
            .SelectMany(Ports)
            .ToHashSet();

    // "<port>/<protocol>" a pod may send to, by the NetworkPolicies that select it; "any" for a rule without ports.
    public IReadOnlySet<string> EgressPorts(IReadOnlyDictionary<string, string> podLabels) =>
        Rules(podLabels, "Egress", "egress").SelectMany(Ports).ToHashSet();

    // Whether a policy selecting every pod denies the given direction (policyTypes without rules).
    public bool DeniesByDefault(string policyType) => OfKind("NetworkPolicy").Any(p =>
        p["spec", "podSelector"] is IDictionary<object, object?> { Count: 0 } &&
        p.List("spec", "policyTypes").Contains(policyType) &&
        p.List("spec", policyType.ToLowerInvariant()).Count == 0);

    private IEnumerable<IDictionary<object, object?>> Rules(IReadOnlyDictionary<string, string> podLabels, string policyType, string field) =>
        OfKind("NetworkPolicy")
            .Where(p => LabelSelector.Selects(p["spec", "podSelector"], podLabels))
            .Where(p => p.List("spec", "policyTypes") is { Count: > 0 } types ? types.Contains(policyType) : policyType == "Ingress")
            .SelectMany(p => p.List("spec", field))
            .Select(r => r as IDictionary<object, object?> ?? new Dictionary<object, object?>());

    private static IEnumerable<string> Ports(IDictionary<object, object?> rule) =>
        Yaml.Path(rule, "ports") is IList<object?> { Count: > 0 } ports
            ? ports.Select(p => $"{Yaml.Path(p, "port")}/{Yaml.Path(p, "protocol") as string ?? "TCP"}")
            : ["any"];
}
