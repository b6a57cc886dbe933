using Cronos;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Triage.Rescoring;

public static class RescoringExtensions
{
    public static IHostApplicationBuilder AddRescoring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RescoringOptions>().BindConfiguration(RescoringOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Schedule) || CronExpression.TryParse(o.Schedule, out _), "Triage:Rescoring:Schedule must be a five-field cron expression.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Triage:Rescoring:TimeZone must name a time zone, such as Asia/Shanghai.")
            .Validate(o => o.ChunkSize > 0 && o.Window > TimeSpan.Zero && o.Context >= TimeSpan.Zero, "Triage:Rescoring needs a positive ChunkSize and Window.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RescoringRuns>();
        builder.Services.AddSingleton<StoredComplaints>();
        builder.Services.AddSingleton<RunCorpora>();
        builder.Services.AddSingleton<ChunkRescorer>();
        builder.Services.AddSingleton<ClusterRecompute>();
        builder.Services.AddHostedService<RescoringResume>();
        builder.Services.AddHostedService<RescoringSchedule>();
        return builder;
    }

    public static void AddRescoringConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<RescoreChunkConsumer, RescoreChunkConsumerDefinition>();
        bus.AddConsumer<RecomputeClustersConsumer, RecomputeClustersConsumerDefinition>();
        bus.AddConsumer<RescoreChunkFaultConsumer>();
    }
}
