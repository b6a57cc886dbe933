using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Triage.Scoring;
using Triage.Scoring.Registry;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Scoring;

// The provider loads its model asynchronously, once for every caller, and never blocks a thread behind a property.
[NonParallelizable]
public class When_the_model_provider_starts
{
    [Test]
    public async Task Should_hold_no_model_before_it_starts_and_start_once_for_callers_that_come_together()
    {
        await using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        using var provider = Provider(registry, Path.Combine(AppContext.BaseDirectory, "models", "suspect-model.zip"));

        Assert.That(() => provider.Current, Throws.InvalidOperationException);
        var models = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => provider.GetAsync(CancellationToken.None).AsTask()));

        Assert.That(models.Distinct().Count(), Is.EqualTo(1));
        Assert.That(provider.Current, Is.SameAs(models[0]));
        Assert.That(provider.Current.Metadata.Version, Is.EqualTo(await registry.ActiveVersionAsync(CancellationToken.None)));
    }

    [Test]
    public async Task Should_fail_while_the_file_is_unusable_and_start_when_the_next_caller_finds_it_usable()
    {
        var folder = Directory.CreateTempSubdirectory("triage-model-start-").FullName;
        await using var factory = TriageFactory.Sqlite(new() { ["Triage:Roles"] = "all" });
        using var provider = Provider(factory.Services.GetRequiredService<ModelRegistry>(), Path.Combine(folder, "suspect-model.zip"));

        Assert.That(async () => await provider.GetAsync(CancellationToken.None), Throws.InstanceOf<FileNotFoundException>());
        foreach (var file in new[] { "suspect-model.zip", "suspect-model.json" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "models", file), Path.Combine(folder, file));
        var model = await provider.GetAsync(CancellationToken.None);

        Assert.That(model.Metadata.Version, Is.Not.Empty);
        Assert.That(provider.Current, Is.SameAs(model));
        Directory.Delete(folder, recursive: true);
    }

    private static ModelProvider Provider(ModelRegistry registry, string path) =>
        new(Options.Create(new ScoringOptions { ModelPath = path }), registry, NullLogger<ModelProvider>.Instance);
}
