using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Triage.Contracts;
using Triage.Host;
using Triage.Rescoring;

namespace Triage.Tests.Deploy;

// deploy/k8s rendered by `kubectl kustomize` (no cluster needed), the base and the production overlay alike, every
// rendered object read and held to what issue 14 asks of it and to what the host's source declares.
[TestFixture("base")]
[TestFixture("overlays/production")]
public sealed partial class When_the_kubernetes_manifests_are_rendered(string directory)
{
    private RenderedManifests _render = null!;

    [OneTimeSetUp]
    public void Render() => _render = RenderedManifests.Of(directory);

    [Test]
    public void Should_run_one_deployment_per_role()
    {
        Assert.That(_render.Deployments.Select(d => d.Role), Is.EquivalentTo(HostRoles.Known));
        Assert.That(RenderedManifests.Replicas(_render.DeploymentOf("scoring")), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void Should_run_the_compose_image_with_the_compose_settings()
    {
        var compose = ComposeFile.Load();
        foreach (var deployment in _render.Deployments)
        {
            var composed = compose.AppServices.Single(s => s.Roles.SequenceEqual([deployment.Role!]));
            var container = deployment.Containers.Single();
            var names = _render.Settings(container).Keys.Concat(RenderedManifests.Env(container).Select(e => (string)e["name"]!)).ToHashSet();

            Assert.That(ImageRepository((string)container["image"]!), Is.EqualTo(ImageRepository(ComposeFile.AppImage)), deployment.Name);
            Assert.That(names, Is.EquivalentTo(composed.Environment.Keys), $"{deployment.Name} sets the settings compose sets for {composed.Name}");
        }
    }

    [Test]
    public void Should_probe_every_role_on_the_health_endpoints_the_host_maps()
    {
        var endpoints = HostSource.HealthEndpoints();
        Assert.That(endpoints.Keys, Is.SupersetOf(new[] { "live", "ready" }), "health endpoints read from the source");
        foreach (var deployment in _render.Deployments)
        foreach (var container in deployment.Containers)
        {
            var listening = new Uri(_render.Settings(container)["Urls"].Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port;
            foreach (var (probe, tag) in new[] { ("livenessProbe", "live"), ("readinessProbe", "ready"), ("startupProbe", "live") })
            {
                if (probe == "startupProbe" && !container.ContainsKey(probe))
                    continue;
                Assert.That(Yaml.Path(container, probe, "httpGet", "path"), Is.EqualTo(endpoints[tag]), $"{deployment.Name} {probe}");
                Assert.That(ProbePort(container, probe), Is.EqualTo(listening), $"{deployment.Name} {probe} on the port the host listens on");
            }
        }
    }

    [Test]
    public void Should_request_and_limit_cpu_and_memory_of_every_container()
    {
        foreach (var deployment in _render.Deployments)
        foreach (var container in deployment.Containers)
        {
            var requests = Yaml.Path(container, "resources", "requests") as IDictionary<object, object?>;
            var limits = Yaml.Path(container, "resources", "limits") as IDictionary<object, object?>;
            Assert.That(requests?.Keys, Is.SupersetOf(new[] { "cpu", "memory" }), $"{deployment.Name} requests");
            Assert.That(limits?.Keys, Is.SupersetOf(new[] { "cpu", "memory" }), $"{deployment.Name} limits");
            foreach (var resource in new[] { "cpu", "memory" })
                Assert.That(Quantity((string)requests![resource]!), Is.LessThanOrEqualTo(Quantity((string)limits![resource]!)),
                    $"{deployment.Name}: {resource} request within its limit");
        }
    }

    [Test]
    public void Should_keep_one_disruption_budget_per_role_that_still_lets_a_node_drain()
    {
        var budgets = _render.OfKind("PodDisruptionBudget").ToList();
        foreach (var deployment in _render.Deployments)
        {
            var selecting = budgets.Where(b => LabelSelector.Selects(b["spec", "selector"], deployment.PodLabels)).ToList();
            Assert.That(selecting, Has.Count.EqualTo(1), $"PodDisruptionBudgets of {deployment.Name}");
            var budget = selecting[0];
            Assert.That(_render.Deployments.Count(d => LabelSelector.Selects(budget["spec", "selector"], d.PodLabels)), Is.EqualTo(1),
                $"{budget.Name} covers one role");
            if (budget["spec", "minAvailable"] is string minAvailable)
                Assert.That(int.Parse(minAvailable), Is.LessThan(RenderedManifests.Replicas(deployment)), $"{budget.Name} would block every eviction");
            else
                Assert.That(int.Parse((string)budget["spec", "maxUnavailable"]!), Is.GreaterThanOrEqualTo(1), budget.Name);
        }
    }

    [Test]
    public void Should_take_every_secret_from_a_secret_reference()
    {
        var referenced = 0;
        Assert.That(_render.OfKind("Secret").Select(s => s.Name), Is.Empty, "Secrets are created in the cluster, not rendered from the repository");
        foreach (var deployment in _render.Deployments)
        foreach (var container in deployment.Containers)
        foreach (var variable in RenderedManifests.Env(container))
        {
            var name = (string)variable["name"]!;
            if (!SecretName().IsMatch(name))
                continue;
            Assert.That(variable.ContainsKey("value"), Is.False, $"{deployment.Name}: {name} has a literal value");
            Assert.That(Yaml.Path(variable, "valueFrom", "secretKeyRef", "key"), Is.Not.Null, $"{deployment.Name}: {name} from a Secret");
            referenced++;
        }
        foreach (var configMap in _render.OfKind("ConfigMap"))
            Assert.That(configMap.Map("data").Keys.Cast<string>().Where(k => SecretName().IsMatch(k)), Is.Empty, $"{configMap.Name} holds secrets");
        foreach (var (where, value) in _render.Objects.SelectMany(o => Scalars(o.Definition, o.ToString())))
            Assert.That(ConnectionStringPassword().IsMatch(value) || UriPassword().IsMatch(value), Is.False, $"{where} holds a password");

        Assert.That(referenced, Is.GreaterThanOrEqualTo(7 * _render.Deployments.Count), "connection string, broker URI, two personal-data keys, three API keys per role");
    }

    [Test]
    public void Should_document_how_to_create_every_secret_it_references()
    {
        var readme = File.ReadAllText(Kustomize.ManifestsPath("README.md"));
        var references = _render.SecretReferences();
        Assert.That(references.Select(r => r.Secret), Does.Contain("triage-secrets"));
        foreach (var (secret, key) in references)
        {
            var command = Regex.Match(readme, $@"kubectl[^\n]*create secret \w+ {Regex.Escape(secret)}(?:[^\n]*\\\n)*[^\n]*");
            Assert.That(command.Success, Is.True, $"deploy/k8s/README.md creates the Secret {secret}");
            if (key is not null)
                Assert.That(command.Value, Does.Match($@"--from-(literal|file)={Regex.Escape(key)}="), $"deploy/k8s/README.md sets {key} in {secret}");
        }
    }

    [Test]
    public void Should_run_as_non_root_on_a_read_only_root_filesystem()
    {
        foreach (var deployment in _render.Deployments)
        {
            Assert.That(deployment["spec", "template", "spec", "securityContext", "runAsNonRoot"], Is.EqualTo("true"), deployment.Name);
            Assert.That(deployment["spec", "template", "spec", "automountServiceAccountToken"], Is.EqualTo("false"), deployment.Name);
            foreach (var container in deployment.Containers)
            {
                Assert.That(Yaml.Path(container, "securityContext", "allowPrivilegeEscalation"), Is.EqualTo("false"), deployment.Name);
                Assert.That(Yaml.Path(container, "securityContext", "readOnlyRootFilesystem"), Is.EqualTo("true"), deployment.Name);
                Assert.That(Yaml.Path(container, "securityContext", "capabilities", "drop") as IList<object?>, Does.Contain("ALL"), deployment.Name);
            }
        }
    }

    [Test]
    public void Should_let_only_intake_and_review_be_reached_from_outside()
    {
        Assert.That(_render.DeniesByDefault("Ingress"), Is.True, "a policy denying all ingress in the namespace");
        foreach (var deployment in _render.Deployments)
        {
            var sources = _render.IngressSources(deployment.PodLabels);
            var port = Yaml.Path(deployment.Containers.Single(), "ports") is IList<object?> ports ? Yaml.Path(ports[0], "containerPort") : null;
            Assert.That(_render.IngressPorts(deployment.PodLabels, "namespace:monitoring"), Is.EquivalentTo(new[] { $"{port}/TCP" }),
                $"Prometheus scrapes {deployment.Name} from the monitoring namespace");
            if (deployment.Role is "intake" or "review")
                Assert.That(sources.Where(s => s != "namespace:monitoring"), Is.Not.Empty, $"{deployment.Name} takes requests from outside");
            else
                Assert.That(sources, Is.EquivalentTo(new[] { "namespace:monitoring" }), $"{deployment.Name} is reached by Prometheus only");
        }
    }

    [Test]
    public void Should_let_pods_out_only_to_dns_postgresql_rabbitmq_and_an_otlp_collector()
    {
        Assert.That(_render.DeniesByDefault("Egress"), Is.True, "a policy denying all egress in the namespace");
        foreach (var deployment in _render.Deployments)
        {
            var ports = _render.EgressPorts(deployment.PodLabels);
            Assert.That(ports, Is.SupersetOf(new[] { "53/UDP", "53/TCP", "5432/TCP", "5672/TCP" }), deployment.Name);
            Assert.That(ports, Is.SubsetOf(new[] { "53/UDP", "53/TCP", "5432/TCP", "5672/TCP", "5671/TCP", "4317/TCP", "4318/TCP" }), deployment.Name);
        }
    }

    [Test]
    public void Should_scale_scoring_and_rescoring_on_the_queues_their_consumers_read()
    {
        var queues = HostSource.QueuesByMessage();
        Assert.That(queues.Keys, Is.SupersetOf(new[] { nameof(ComplaintReceived), nameof(RescoreChunk) }), "queues read from the consumer definitions");
        var scaled = new Dictionary<string, string>
        {
            ["scoring"] = queues[nameof(ComplaintReceived)],
            ["rescoring"] = queues[nameof(RescoreChunk)],
        };
        var authentications = _render.OfKind("TriggerAuthentication").ToDictionary(a => a.Name);

        Assert.That(_render.OfKind("ScaledObject").Select(s => s["spec", "scaleTargetRef", "name"]),
            Is.EquivalentTo(scaled.Keys.Select(role => _render.DeploymentOf(role).Name)));
        foreach (var (role, queue) in scaled)
        {
            var scaledObject = _render.ScaledObjectsOf(_render.DeploymentOf(role)).Single();
            var trigger = Yaml.Map(scaledObject.List("spec", "triggers").Single());
            Assert.That(trigger["type"], Is.EqualTo("rabbitmq"), scaledObject.Name);
            Assert.That(Yaml.Path(trigger, "metadata", "queueName"), Is.EqualTo(queue), $"{scaledObject.Name} watches the queue {role} consumes");
            Assert.That(Yaml.Path(trigger, "metadata", "mode"), Is.EqualTo("QueueLength"), scaledObject.Name);
            Assert.That(Yaml.Map(Yaml.Path(trigger, "metadata")).Keys, Has.None.EqualTo("host").And.None.EqualTo("password"), "the broker's address comes from the Secret");
            var authentication = authentications[(string)Yaml.Path(trigger, "authenticationRef", "name")!];
            Assert.That(authentication.List("spec", "secretTargetRef").Select(r => Yaml.Path(r, "parameter")), Does.Contain("host"), authentication.Name);
        }
    }

    [Test]
    public void Should_never_scale_the_online_path_or_the_schedule_to_zero()
    {
        var scoring = _render.DeploymentOf("scoring");
        var rescoring = _render.DeploymentOf("rescoring");
        var settings = _render.Settings(rescoring.Containers.Single());
        var schedule = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value)))
            .Build().GetSection(RescoringOptions.Section).Get<RescoringOptions>() ?? new RescoringOptions();

        Assert.That(_render.OfKind("CronJob").Concat(_render.OfKind("Job")), Is.Empty, "the schedule lives in the service");
        Assert.That(schedule.Schedule, Is.Not.Null.And.Not.Empty, "the rescoring role keeps the nightly schedule");
        Assert.That(MinReplicas(scoring), Is.GreaterThanOrEqualTo(2), "scoring: the online path");
        Assert.That(MinReplicas(rescoring), Is.GreaterThanOrEqualTo(1), "rescoring: one instance fires the schedule");
        foreach (var deployment in new[] { scoring, rescoring })
            Assert.That(RenderedManifests.Replicas(deployment), Is.GreaterThanOrEqualTo(MinReplicas(deployment)), $"{deployment.Name} starts with the replicas KEDA keeps");
    }

    private int MinReplicas(KubernetesObject deployment) =>
        int.Parse(_render.ScaledObjectsOf(deployment).Single()["spec", "minReplicaCount"] as string ?? "0");

    private static int ProbePort(IDictionary<object, object?> container, string probe)
    {
        var port = (string)Yaml.Path(container, probe, "httpGet", "port")!;
        if (int.TryParse(port, out var number))
            return number;
        var named = (Yaml.Path(container, "ports") as IList<object?> ?? []).SingleOrDefault(p => Yaml.Path(p, "name") as string == port)
                    ?? throw new AssertionException($"{probe} names the port {port}, which the container does not declare");
        return int.Parse((string)Yaml.Path(named, "containerPort")!);
    }

    private static string ImageRepository(string image)
    {
        var name = image.Split('@')[0];
        var colon = name.LastIndexOf(':');
        name = colon > name.LastIndexOf('/') ? name[..colon] : name;
        return name[(name.LastIndexOf('/') + 1)..];
    }

    // CPU in cores, memory in bytes: "250m", "2", "512Mi", "1Gi".
    private static decimal Quantity(string quantity)
    {
        var match = QuantityFormat().Match(quantity);
        Assert.That(match.Success, Is.True, $"{quantity} is a quantity");
        var number = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return number * match.Groups["unit"].Value switch
        {
            "" => 1m,
            "m" => 0.001m,
            "k" => 1e3m, "M" => 1e6m, "G" => 1e9m, "T" => 1e12m,
            "Ki" => 1024m, "Mi" => 1024m * 1024, "Gi" => 1024m * 1024 * 1024, "Ti" => 1024m * 1024 * 1024 * 1024,
            var unit => throw new AssertionException($"unknown unit {unit}"),
        };
    }

    private static IEnumerable<(string Where, string Value)> Scalars(object? node, string where) => node switch
    {
        string value => [(where, value)],
        IDictionary<object, object?> map => map.SelectMany(e => Scalars(e.Value, $"{where}.{e.Key}")),
        IList<object?> list => list.SelectMany((e, i) => Scalars(e, $"{where}[{i}]")),
        _ => [],
    };

    // A setting's last segment names a secret: …__Key, …Password, …ConnectionString, …Uri, the broker's …__RabbitMq.
    [GeneratedRegex(@"(Key|Password|Pass|Secret|Token|ConnectionString|Connection|Uri|Url)$|__Bus__RabbitMq$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"Password\s*=\s*[^;\s]", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://[^:/@\s]+:[^@/\s]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)?)(?<unit>m|k|M|G|T|Ki|Mi|Gi|Ti)?$")]
    private static partial Regex QuantityFormat();
}
