using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Triage.Intake;

public static class IntakeExtensions
{
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<ComplaintStore>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton<ComplaintViews>();
        return builder;
    }
}
