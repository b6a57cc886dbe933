using System.Text.Json;

namespace Triage.Tests.Host;

// What the built host and command line carry in their runtimeconfig.json, beside their dll (the file every process of them reads).
public sealed class When_the_host_is_built
{
    [Test]
    public void Should_keep_idle_thread_pool_workers_from_spinning()
    {
        var properties = ConfigProperties("Triage.Host.runtimeconfig.json");

        Assert.That(properties.TryGetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", out var limit), Is.True,
            "the host no longer sets the thread pool's spin limit (docs/benchmarks.md, 'Idle workers that spin')");
        Assert.That(limit.GetInt32(), Is.Zero);
    }

    // The host and the command line compile each method optimised at once (docs/benchmarks.md, "Compiled once").
    [TestCase("Triage.Host.runtimeconfig.json")]
    [TestCase("triage.runtimeconfig.json")]
    public void Should_compile_methods_optimised_at_once(string file)
    {
        var properties = ConfigProperties(file);

        Assert.That(properties.TryGetProperty("System.Runtime.TieredCompilation.QuickJit", out var quick), Is.True,
            $"{file} no longer turns the unoptimised first tier off");
        Assert.That(quick.GetBoolean(), Is.False);
    }

    private static JsonElement ConfigProperties(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, file);
        Assert.That(File.Exists(path), Is.True, $"{path} is missing");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
