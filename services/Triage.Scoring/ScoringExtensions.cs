using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Triage.Intake;
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
            .ValidateOnStart();
        builder.Services.AddOptions<SignalSettings>().BindConfiguration(SignalSettings.Section);
        builder.Services.TryAddSingleton<ComplaintStore>();
        builder.Services.TryAddSingleton<ComplaintFactsReader>();
        builder.Services.AddSingleton(new NearDuplicateOptions());
        builder.Services.AddSingleton<INearDuplicateIndex, SqlNearDuplicateIndex>();
        builder.Services.AddSingleton(sp => new IndexedTextEvidence(sp.GetRequiredService<INearDuplicateIndex>(), TextFingerprinter.Default));
        builder.Services.AddSingleton(sp => new StoredSignalContext(sp.GetRequiredService<Database>(), sp.GetRequiredService<IndexedTextEvidence>()));
        builder.Services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<SignalSettings>>().Value;
            return new SignalExtractor(new SignalOptions
            {
                Hubs = new HubPolicy
                {
                    MaxDistinctComplainants = settings.HubMaxDistinctComplainants,
                    AllowListedHashes = HubAllowList.Hash(settings.HubAllowList, sp.GetRequiredService<PersonalDataProtector>()),
                },
            });
        });
        builder.Services.AddSingleton<ModelProvider>();
        return builder;
    }

    public static void AddScoringConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ComplaintReceivedConsumer, ComplaintReceivedConsumerDefinition>();
}
