using System.Text.Json;
using System.Text.RegularExpressions;
using Triage.Host;
using Triage.ServiceDefaults;

namespace Triage.Tests.Deploy;

// deploy/docker-compose.yml cannot run here (no Docker engine): it is parsed, with its provisioning files, and held
// to what issue 14 asks of it.
public sealed partial class When_the_compose_file_is_read
{
    private ComposeFile _compose = null!;

    [OneTimeSetUp]
    public void Parse() => _compose = ComposeFile.Load();

    [Test]
    public void Should_run_every_role()
    {
        var run = _compose.AppServices.SelectMany(s => s.Roles).ToHashSet();

        Assert.That(_compose.AppServices.Where(s => s.Roles.Count == 0).Select(s => s.Name), Is.Empty, "app services without Triage__Roles (they would run all)");
        Assert.That(run, Does.Not.Contain("all"));
        Assert.That(run, Is.SupersetOf(HostRoles.Known));
    }

    [Test]
    public void Should_run_at_least_two_scorers()
    {
        var scorers = _compose.AppServices.Where(s => s.Roles.Contains("scoring")).Sum(s => s.Replicas);

        Assert.That(scorers, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void Should_check_every_app_container_is_ready_and_start_it_after_healthy_storage_and_broker()
    {
        Assert.That(_compose.AppServices.Count(), Is.GreaterThanOrEqualTo(HostRoles.Known.Count));
        Assert.That(_compose.Services["postgres"].HealthCheck, Is.Not.Empty);
        Assert.That(_compose.Services["rabbitmq"].HealthCheck, Is.Not.Empty);
        foreach (var service in _compose.AppServices)
        {
            Assert.That(service.HealthCheck, Does.Contain("8080/health/ready"), service.Name);
            Assert.That(service.DependsOn.GetValueOrDefault("postgres"), Is.EqualTo("service_healthy"), $"{service.Name} depends on healthy postgres");
            Assert.That(service.DependsOn.GetValueOrDefault("rabbitmq"), Is.EqualTo("service_healthy"), $"{service.Name} depends on healthy rabbitmq");
        }
    }

    [Test]
    public void Should_pin_every_image()
    {
        foreach (var service in _compose.Services.Values)
        {
            if (service.IsApp)
            {
                Assert.That(service.Definition.ContainsKey("build"), Is.True, $"{service.Name} runs {ComposeFile.AppImage}, which compose builds");
                continue;
            }
            Assert.That(service.Image, Is.Not.Null, service.Name);
            Assert.That(IsPinned(service.Image!), Is.True, $"{service.Name}: {service.Image} is not a pinned version");
        }
    }

    [Test]
    public void Should_take_every_secret_from_the_environment()
    {
        var checkedValues = 0;
        foreach (var service in _compose.Services.Values)
        foreach (var (name, value) in service.Environment)
        {
            if (SecretName().IsMatch(name))
            {
                // a key or password is the variable itself; a connection string or broker URI is built around it
                var builtAround = name.EndsWith("ConnectionString", StringComparison.Ordinal) || name.EndsWith("__Bus__RabbitMq", StringComparison.Ordinal);
                Assert.That(value, builtAround ? Does.Match(RequiredVariable().ToString()) : Does.Match($"^{RequiredVariable()}$"),
                    $"{service.Name}: {name} is not a required ${{VAR:?message}}");
                checkedValues++;
            }
            if (value is null)
                continue;
            Assert.That(ConnectionStringPassword().Matches(value).Concat(UriPassword().Matches(value)).Select(m => m.Groups[1].Value)
                    .Where(password => !Regex.IsMatch(password, $"^{RequiredVariable()}$")), Is.Empty,
                $"{service.Name}: {name} holds a password that is not a required variable");
        }

        Assert.That(checkedValues, Is.GreaterThanOrEqualTo(10), "keys, passwords and connection strings found in the environments");
    }

    [Test]
    public void Should_configure_desk_analyst_and_admin_keys_on_every_app_service()
    {
        foreach (var service in _compose.AppServices)
        {
            var environment = service.Environment;
            var keys = environment.Where(e => ApiKeyRole().IsMatch(e.Key))
                .Select(e => (Role: e.Value, Key: environment.GetValueOrDefault(ApiKeyRole().Replace(e.Key, "Triage__ApiKeys__${n}__Key"))))
                .ToList();

            Assert.That(keys.Select(k => k.Role), Is.SupersetOf(new[] { "desk", "analyst", "admin" }), service.Name);
            Assert.That(keys.Select(k => k.Key), Has.All.Match(RequiredVariable().ToString()), service.Name);
            Assert.That(keys.Select(k => k.Key).Distinct().Count(), Is.EqualTo(keys.Count), $"{service.Name}: each key its own variable");
        }
    }

    [Test]
    public void Should_declare_quorum_queues()
    {
        foreach (var service in _compose.AppServices)
            Assert.That(service.Environment.GetValueOrDefault("Triage__Bus__QueueType"), Is.EqualTo("Quorum"), service.Name);
    }

    [Test]
    public void Should_publish_ports_only_for_intake_and_review_and_local_uis()
    {
        Assert.That(_compose.Services["intake"].Ports, Is.Not.Empty);
        Assert.That(_compose.Services["review"].Ports, Is.Not.Empty);
        foreach (var service in _compose.Services.Values.Where(s => s.Name is not ("intake" or "review")))
        {
            if (service.IsApp)
                Assert.That(service.Ports, Is.Empty, $"{service.Name} is reached inside the compose network only");
            else
                Assert.That(service.Ports, Has.All.StartWith("127.0.0.1:"), $"{service.Name} publishes on this host's loopback only");
        }
    }

    [Test]
    public void Should_list_every_variable_in_the_env_example_with_how_to_make_it()
    {
        var example = File.ReadAllLines(ComposeFile.DeployPath(".env.example"));
        var yaml = string.Join('\n', _compose.Text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));
        var required = RequiredVariable().Matches(yaml).Select(m => m.Groups["name"].Value).ToHashSet();

        Assert.That(required, Is.Not.Empty);
        foreach (var variable in required)
        {
            var line = Array.FindIndex(example, l => l.StartsWith(variable + "=", StringComparison.Ordinal));
            Assert.That(line, Is.GreaterThan(0), $"{variable} in deploy/.env.example");
            Assert.That(example[line], Is.EqualTo(variable + "="), "the example holds no value");
            Assert.That(example.Take(line).Reverse().TakeWhile(l => l.Length > 0).Any(l => l.StartsWith('#')), Is.True, $"{variable} has a comment");
        }
        Assert.That(string.Join('\n', example), Does.Contain("openssl rand -base64 32"), "the personal-data keys are base64 of 32 bytes");
    }

    [Test]
    public void Should_scrape_every_app_service()
    {
        var prometheus = Yaml.Map(Yaml.Parse(File.ReadAllText(ComposeFile.DeployPath("prometheus", "prometheus.yml"))));
        var scraped = new HashSet<string>();
        foreach (var job in ((IList<object?>)prometheus["scrape_configs"]!).Select(Yaml.Map))
        {
            if ((Yaml.Path(job, "metrics_path") as string ?? "/metrics") != "/metrics")
                continue;
            foreach (var config in Yaml.Path(job, "static_configs") as IList<object?> ?? [])
            foreach (var target in Yaml.Path(config, "targets") as IList<object?> ?? [])
                scraped.Add((string)target!);
            foreach (var config in Yaml.Path(job, "dns_sd_configs") as IList<object?> ?? [])
            foreach (var name in Yaml.Path(config, "names") as IList<object?> ?? [])
                scraped.Add($"{name}:{Yaml.Path(config, "port")}");
        }

        foreach (var service in _compose.AppServices)
            Assert.That(scraped, Does.Contain($"{service.Name}:8080"), $"Prometheus scrapes {service.Name}");
        Assert.That(scraped, Does.Contain("rabbitmq:15692"), "Prometheus scrapes RabbitMQ");
    }

    [Test]
    public void Should_chart_only_metrics_that_exist()
    {
        var exported = ExportedMetrics.FromServices();
        var dashboard = JsonDocument.Parse(File.ReadAllText(ComposeFile.DeployPath("grafana", "dashboards", "triage.json")));
        var queried = Panels(dashboard.RootElement)
            .SelectMany(p => p.TryGetProperty("targets", out var targets) ? targets.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(t => t.GetProperty("expr").GetString()!)
            .SelectMany(ExportedMetrics.InQuery)
            .ToHashSet();

        Assert.That(exported, Does.Contain("triage_complaints_stored_total"), "the names are derived as the OpenTelemetry Prometheus exporter exports them");
        Assert.That(queried, Has.Count.GreaterThanOrEqualTo(10));
        // `up` is the series Prometheus itself writes for every target.
        Assert.That(queried.Where(m => !exported.Contains(m) && !m.StartsWith("rabbitmq_", StringComparison.Ordinal) && m != "up"), Is.Empty,
            "metrics in the dashboard that no service exports");
    }

    [Test]
    public void Should_provision_the_datasource_the_dashboard_uses()
    {
        var datasources = Yaml.Map(Yaml.Parse(File.ReadAllText(ComposeFile.DeployPath("grafana", "provisioning", "datasources", "prometheus.yml"))));
        var uids = ((IList<object?>)datasources["datasources"]!).Select(d => Yaml.Path(d, "uid") as string).ToHashSet();
        var dashboard = JsonDocument.Parse(File.ReadAllText(ComposeFile.DeployPath("grafana", "dashboards", "triage.json")));
        var used = Panels(dashboard.RootElement)
            .Where(p => p.TryGetProperty("datasource", out _))
            .Select(p => p.GetProperty("datasource").GetProperty("uid").GetString())
            .ToHashSet();

        Assert.That(used, Is.Not.Empty);
        Assert.That(uids, Is.SupersetOf(used));
    }

    [Test]
    public void Should_keep_the_collector_and_jaeger_in_the_tracing_profile()
    {
        foreach (var name in new[] { "otel-collector", "jaeger" })
            Assert.That(Yaml.Path(_compose.Services[name].Definition, "profiles") as IList<object?> ?? [], Is.EquivalentTo(new[] { "tracing" }), name);
        Assert.That(File.Exists(ComposeFile.DeployPath("otel-collector", "config.yaml")), Is.True);
    }

    [Test]
    public void Should_let_every_role_export_to_the_collector()
    {
        var collector = Yaml.Map(Yaml.Parse(File.ReadAllText(ComposeFile.DeployPath("otel-collector", "config.yaml"))));
        var traces = Yaml.Path(collector, "service", "pipelines", "traces");

        Assert.That(Yaml.Path(traces, "receivers") as IList<object?>, Does.Contain("otlp"));
        Assert.That(Yaml.Path(traces, "exporters") as IList<object?>, Does.Contain("otlp/jaeger"));
        Assert.That(Yaml.Path(collector, "receivers", "otlp", "protocols", "grpc", "endpoint"), Is.EqualTo("0.0.0.0:4317"));
        foreach (var service in _compose.AppServices)
            Assert.That(service.Environment.GetValueOrDefault(TelemetryExtensions.OtlpEndpoint), Is.EqualTo("${TRIAGE_OTLP_ENDPOINT:-}"), service.Name);
        Assert.That(File.ReadAllText(ComposeFile.DeployPath("docker-compose.yml")), Does.Contain("TRIAGE_OTLP_ENDPOINT=http://otel-collector:4317"),
            "the compose file says how the tracing profile's collector gets the roles' traces");
    }

    private static IEnumerable<JsonElement> Panels(JsonElement container) =>
        container.TryGetProperty("panels", out var panels)
            ? panels.EnumerateArray().SelectMany(p => Panels(p).Prepend(p))
            : [];

    // A tag that names a release: not latest, not a bare major ("15", "3-management"); or a digest.
    private static bool IsPinned(string image)
    {
        if (image.Contains("@sha256:", StringComparison.Ordinal))
            return true;
        var slash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', slash + 1);
        if (colon < 0)
            return false;
        var tag = image[(colon + 1)..];
        return tag != "latest" && tag.Contains('.');
    }

    [GeneratedRegex(@"(__Key|EncryptionKey|HashKey|PASSWORD|_PASS|Password|Secret|TOKEN|ConnectionString|__Bus__RabbitMq)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*):\?[^}]+\}")]
    private static partial Regex RequiredVariable();

    [GeneratedRegex(@"Password\s*=\s*([^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://[^:/@\s]+:([^@]*)@", RegexOptions.IgnoreCase)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"^Triage__ApiKeys__(?<n>\d+)__Role$")]
    private static partial Regex ApiKeyRole();
}
