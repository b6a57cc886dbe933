using System.Text.Json;

namespace Triage.Tests.Host;

// What the built host carries in its runtimeconfig.json, beside Triage.Host.dll (the same file every process of it reads).
public sealed class When_the_host_is_built
{
    [Test]
    public void Should_keep_idle_thread_pool_workers_from_spinning()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Triage.Host.runtimeconfig.json");
        Assert.That(File.Exists(path), Is.True, $"{path} is missing");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.That(properties.TryGetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", out var limit), Is.True,
            "the host no longer sets the thread pool's spin limit (docs/benchmarks.md, 'Idle workers that spin')");
        Assert.That(limit.GetInt32(), Is.Zero);
    }
}
