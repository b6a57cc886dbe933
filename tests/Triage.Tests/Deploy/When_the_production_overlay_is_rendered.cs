using System.Globalization;
using System.Text.RegularExpressions;
using Triage.Intake;

namespace Triage.Tests.Deploy;

// deploy/k8s/overlays/production: what only production adds to the base (the namespace, a pinned image, the Ingress).
public sealed partial class When_the_production_overlay_is_rendered
{
    private const string Namespace = "triage";

    private RenderedManifests _render = null!;

    [OneTimeSetUp]
    public void Render() => _render = RenderedManifests.Of("overlays/production");

    [Test]
    public void Should_pin_the_image_to_a_release()
    {
        var images = _render.Deployments.SelectMany(d => d.Containers).Select(c => (string)c["image"]!).ToHashSet();

        Assert.That(images, Has.Count.EqualTo(1), "one image for every role");
        var image = images.Single();
        Assert.That(image, Does.Not.StartWith(ComposeFile.AppImage.Split(':')[0] + ":"), "an image from a registry, not the locally built one");
        Assert.That(image, Does.Match(PinnedImage()), $"{image} names a release (or a digest), not latest");
    }

    [Test]
    public void Should_place_everything_in_its_restricted_namespace()
    {
        var ns = _render.OfKind("Namespace").Single();

        Assert.That(ns.Name, Is.EqualTo(Namespace));
        Assert.That(ns.Labels("metadata", "labels").GetValueOrDefault("pod-security.kubernetes.io/enforce"), Is.EqualTo("restricted"));
        Assert.That(_render.Objects.Where(o => o.Kind != "Namespace" && o.Namespace != Namespace), Is.Empty);
    }

    [Test]
    public void Should_route_outside_traffic_to_intake_and_review_only()
    {
        var roles = IngressBackends().Select(b => RoleBehind(b.Service, b.Port)).ToHashSet();

        Assert.That(roles, Is.EquivalentTo(new[] { "intake", "review" }));
        foreach (var ingress in _render.OfKind("Ingress"))
        {
            Assert.That(ingress["spec", "ingressClassName"], Is.Not.Null, ingress.Name);
            Assert.That(ingress.List("spec", "tls"), Is.Not.Empty, $"{ingress.Name} serves TLS");
        }
    }

    [Test]
    public void Should_admit_outside_traffic_from_the_ingress_controller_only()
    {
        foreach (var role in new[] { "intake", "review" })
        {
            var sources = _render.IngressSources(_render.DeploymentOf(role).PodLabels);
            Assert.That(sources.Where(s => s != "namespace:monitoring"), Is.EquivalentTo(new[] { "namespace:ingress-nginx" }), role);
        }
    }

    [Test]
    public void Should_let_a_full_batch_through_to_intake()
    {
        var intake = _render.OfKind("Ingress").Where(i => IngressBackends(i).Any(b => RoleBehind(b.Service, b.Port) == "intake")).ToList();

        Assert.That(intake, Is.Not.Empty);
        foreach (var ingress in intake)
        {
            var limit = ingress["metadata", "annotations", "nginx.ingress.kubernetes.io/proxy-body-size"] as string;
            Assert.That(limit, Is.Not.Null, $"{ingress.Name}: ingress-nginx refuses bodies over 1 MiB by default");
            Assert.That(NginxSize(limit!), Is.GreaterThan(ComplaintsApi.MaxBatchBytes), $"{ingress.Name}: a batch intake accepts passes the proxy");
        }
    }

    private IEnumerable<(string Service, string Port)> IngressBackends() => _render.OfKind("Ingress").SelectMany(IngressBackends);

    private static IEnumerable<(string Service, string Port)> IngressBackends(KubernetesObject ingress) =>
        ingress.List("spec", "rules")
            .SelectMany(r => Yaml.Path(r, "http", "paths") as IList<object?> ?? [])
            .Select(p => Yaml.Map(Yaml.Path(p, "backend", "service")))
            .Select(s => ((string)s["name"]!, (Yaml.Path(s, "port", "name") ?? Yaml.Path(s, "port", "number")) as string ?? ""));

    // The role of the Deployment a Service sends to, through a port the Service declares.
    private string RoleBehind(string serviceName, string port)
    {
        var service = _render.OfKind("Service").Single(s => s.Name == serviceName);
        Assert.That(service.List("spec", "ports").Any(p => Yaml.Path(p, "name") as string == port || Yaml.Path(p, "port") as string == port), Is.True,
            $"{serviceName} has the port {port}");
        var selector = new Dictionary<object, object?> { ["matchLabels"] = service["spec", "selector"] };
        return _render.Deployments.Single(d => LabelSelector.Selects(selector, d.PodLabels)).Role!;
    }

    // nginx sizes: bytes, or k/m/g for KiB/MiB/GiB.
    private static long NginxSize(string size)
    {
        var match = NginxSizeFormat().Match(size);
        Assert.That(match.Success, Is.True, $"{size} is an nginx size");
        return long.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" => 1L,
            "k" => 1024L,
            "m" => 1024L * 1024,
            _ => 1024L * 1024 * 1024,
        };
    }

    [GeneratedRegex(@"^(?<number>\d+)(?<unit>[kKmMgG]?)$")]
    private static partial Regex NginxSizeFormat();

    // registry/name:tag with a dotted release tag, or @sha256:digest
    [GeneratedRegex(@"^(?:[^/]+/)*[^:@/]+(:[0-9A-Za-z_.-]*\.[0-9A-Za-z_.-]*|@sha256:[0-9a-f]{64})$")]
    private static partial Regex PinnedImage();
}
