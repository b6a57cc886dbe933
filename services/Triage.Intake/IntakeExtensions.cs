using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Triage.Complaints.Evidence;
using Triage.Signals.Features;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.Intake;

public static class IntakeExtensions
{
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.AddComplaintReads();
        // An amendment replaces the complaint's text evidence itself, in its own transaction, whether or not this
        // process runs scoring; the index and its options are the ones scoring uses.
        builder.Services.TryAddSingleton(new NearDuplicateOptions());
        builder.Services.TryAddSingleton(sp => new SqlNearDuplicateIndex(sp.GetRequiredService<Database>(), sp.GetRequiredService<NearDuplicateOptions>()));
        builder.Services.TryAddSingleton(sp => new IndexedTextEvidence(sp.GetRequiredService<SqlNearDuplicateIndex>(), TextFingerprinter.Default));
        builder.Services.TryAddSingleton<ComplaintAmender>();
        return builder;
    }

    // What reading complaints needs (MapComplaintReadsApi): the store and the views each caller's role may see.
    public static IHostApplicationBuilder AddComplaintReads(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<ComplaintStore>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton<ComplaintViews>();
        return builder;
    }
}
