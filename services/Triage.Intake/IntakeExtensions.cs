using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Triage.Intake;

public static class IntakeExtensions
{
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ComplaintStore>();
        builder.Services.AddSingleton<ComplaintViews>();
        return builder;
    }
}
