using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Triage.Complaints;
using Triage.Complaints.Evidence;
using Triage.Messaging;
using Triage.Scoring.Batches;
using Triage.Scoring.Clusters;
using Triage.Scoring.Registry;
using Triage.Signals.Clusters;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Scoring;

public static class ScoringExtensions
{
    public static IHostApplicationBuilder AddScoring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ScoringOptions>().BindConfiguration(ScoringOptions.Section)
            .Validate(o => File.Exists(o.FullModelPath), "Triage:Scoring:ModelPath must name an existing model file.")
            .Validate(o => o.ModelPollInterval > TimeSpan.Zero, "Triage:Scoring:ModelPollInterval must be positive.")
            .Validate(o => o.BatchWorkers is >= 1 and <= ScoringBatcher.MostWorkers, $"Triage:Scoring:BatchWorkers must be between 1 and {ScoringBatcher.MostWorkers}.")
            .ValidateOnStart();
        builder.Services.AddOptions<SignalSettings>().BindConfiguration(SignalSettings.Section);
        // The consumer's own reads go through a database handle without the retry pipeline (MassTransit retries).
        builder.Services.AddSingleton(sp =>
            new ComplaintFactsReader(sp.GetRequiredService<Database>().WithoutRetries(), sp.GetRequiredService<PersonalDataProtector>()));
        builder.Services.AddSingleton(new NearDuplicateOptions());
        builder.Services.AddSingleton<INearDuplicateIndex, SqlNearDuplicateIndex>();
        builder.Services.AddSingleton(sp => new IndexedTextEvidence(
            new SqlNearDuplicateIndex(sp.GetRequiredService<Database>().WithoutRetries(), sp.GetRequiredService<NearDuplicateOptions>()), TextFingerprinter.Default));
        builder.Services.AddSingleton(sp => new StoredSignalContext(sp.GetRequiredService<Database>(), sp.GetRequiredService<IndexedTextEvidence>(), sp.GetRequiredService<PersonalDataProtector>()));
        builder.Services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<SignalSettings>>().Value;
            return new HubPolicy
            {
                MaxDistinctComplainants = settings.HubMaxDistinctComplainants,
                AllowListedHashes = HubAllowList.Hash(settings.HubAllowList, sp.GetRequiredService<PersonalDataProtector>()),
            };
        });
        builder.Services.AddSingleton(sp => new SignalExtractor(new SignalOptions { Hubs = sp.GetRequiredService<HubPolicy>() }));
        builder.Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section)
            .Validate(o => o.MaxSize >= 2 && o.FlagMinSize >= 2 && o.TemplateSimilarity is > 0 and <= 1 && o.BridgeSimilarity >= o.TemplateSimilarity
                           && o.LooseJoinMaxSize >= 1 && o.Horizon > TimeSpan.Zero
                           && o.ScoredCoreMinSize >= 2 && o.ScoredCoreMinRisk is >= 0 and <= 1 && o.ScoredCoreMaxOverlap > 0
                           && (o.TimesApartGap is null || o.TimesApartGap > TimeSpan.Zero && o.TimesApartMinSize >= 2),
                "Triage:Clusters needs MaxSize and FlagMinSize of at least 2, TemplateSimilarity in (0, 1], BridgeSimilarity no lower than it, " +
                "LooseJoinMaxSize of at least 1, a positive Horizon, ScoredCoreMinSize of at least 2, ScoredCoreMinRisk in [0, 1], " +
                "a positive ScoredCoreMaxOverlap, and a positive TimesApartGap (or none) with a TimesApartMinSize of at least 2.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClusterOptions>>().Value);
        builder.Services.AddSingleton(sp => new ClusterLinkFinder(sp.GetRequiredService<ClusterOptions>(), sp.GetRequiredService<HubPolicy>()));
        builder.Services.AddSingleton<ClusterAssigner>();
        builder.Services.AddSingleton<OnlineAssessor>();
        builder.Services.AddSingleton(sp => new BatchReader(sp.GetRequiredService<Database>().WithoutRetries(), sp.GetRequiredService<PersonalDataProtector>(),
            sp.GetRequiredService<NearDuplicateOptions>(), sp.GetRequiredService<SignalExtractor>().Options, sp.GetRequiredService<ClusterOptions>()));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ComplaintBatchScorer>(sp, sp.GetRequiredService<Database>().WithoutRetries()));
        builder.Services.AddSingleton<ScoringBatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScoringBatcher>());
        // The batch consumer's fallback scores one complaint at a time through the single-message path.
        builder.Services.TryAddScoped<ComplaintReceivedConsumer>();
        builder.Services.AddSingleton<ModelRegistry>();
        builder.Services.AddSingleton<ModelProvider>();
        builder.Services.AddHostedService<ModelFollower>();
        return builder;
    }

    // Complaints in batches by default (docs/architecture.md, "In batches"; docs/benchmarks.md);
    // Triage:Scoring:Batches=false scores one complaint per message.
    public static void AddScoringConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        if (configuration.GetValue(ScoringOptions.Section + ":Batches", true))
            bus.AddConsumer<ComplaintBatchConsumer, ComplaintBatchConsumerDefinition>();
        else
            bus.AddConsumer<ComplaintReceivedConsumer, ComplaintReceivedConsumerDefinition>();
    }
}
