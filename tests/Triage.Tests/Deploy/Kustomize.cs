using System.Collections.Concurrent;
using System.Diagnostics;
using Triage.Testing;
using Triage.Tests.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Triage.Tests.Deploy;

// `kubectl kustomize deploy/k8s/<dir>`, as an operator renders it before `kubectl apply`, parsed into its objects.
// kubectl is TRIAGE_KUBECTL or the one on PATH (./test.sh installs Debian's when it is missing).
public static class Kustomize
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<KubernetesObject>>> Renders = new();

    public static string ManifestsPath(params string[] parts) => ComposeFile.DeployPath(["k8s", .. parts]);

    public static IReadOnlyList<KubernetesObject> Render(string directory) =>
        Renders.GetOrAdd(directory, d => new Lazy<IReadOnlyList<KubernetesObject>>(() => Parse(Run(d)))).Value;

    private static string Run(string directory)
    {
        var kubectl = Environment.GetEnvironmentVariable("TRIAGE_KUBECTL") is { Length: > 0 } configured ? configured : "kubectl";
        var start = new ProcessStartInfo(kubectl, ["kustomize", ManifestsPath(directory.Split('/'))])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            TestEnvironment.Unavailable("kubectl", $"cannot run '{kubectl}' ({exception.Message}); ./test.sh installs it (apt-get install kubernetes-client)");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"kubectl kustomize deploy/k8s/{directory} did not finish within two minutes");
            }
            Assert.That(process.ExitCode, Is.Zero, $"kubectl kustomize deploy/k8s/{directory}:\n{errors.Result}");
            return output.Result;
        }
    }

    private static IReadOnlyList<KubernetesObject> Parse(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var deserializer = new DeserializerBuilder().Build();
        var objects = new List<KubernetesObject>();
        parser.Consume<StreamStart>();
        while (!parser.Accept<StreamEnd>(out _))
        {
            if (deserializer.Deserialize<object?>(parser) is { } document)
                objects.Add(new KubernetesObject(Yaml.Map(document)));
        }
        return objects;
    }
}
