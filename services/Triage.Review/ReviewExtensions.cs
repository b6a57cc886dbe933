using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Triage.Complaints.Evidence;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Review;

public static class ReviewExtensions
{
    public static IHostApplicationBuilder AddReview(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(new NearDuplicateOptions());
        builder.Services.TryAddSingleton<INearDuplicateIndex>(sp => new SqlNearDuplicateIndex(sp.GetRequiredService<Database>(), sp.GetRequiredService<NearDuplicateOptions>()));
        builder.Services.AddSingleton<ClusterReader>();
        builder.Services.AddSingleton<ClusterVerdicts>();
        builder.Services.AddSingleton<ComplaintVerdicts>();
        return builder;
    }
}
