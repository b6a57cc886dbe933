using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Triage.Scoring;
using Triage.Signals.Clusters;

namespace Triage.Tests.Clusters;

// Triage:Clusters is checked when the host starts: a gap in time that is not positive would take every group apart at
// each pause, and a burst of one filing is no group.
public class When_the_cluster_settings_are_read
{
    [Test]
    public void Should_take_outfits_a_gap_in_time_apart_by_default()
    {
        using var host = Build([]);

        var options = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.That((options.TimesApartGap, options.TimesApartMinSize), Is.EqualTo((TimeSpan.FromDays(2), 5)));
    }

    [Test]
    public void Should_take_the_gap_from_configuration()
    {
        using var host = Build(new() { ["Triage:Clusters:TimesApartGap"] = "3.00:00:00", ["Triage:Clusters:TimesApartMinSize"] = "8" });

        var options = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        Assert.That((options.TimesApartGap, options.TimesApartMinSize), Is.EqualTo((TimeSpan.FromDays(3), 8)));
    }

    [TestCase("Triage:Clusters:TimesApartGap", "00:00:00")]
    [TestCase("Triage:Clusters:TimesApartMinSize", "1")]
    public void Should_refuse_a_gap_that_is_not_positive_or_bursts_of_one(string key, string value)
    {
        using var host = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => _ = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value);
        Assert.That(error!.Message, Does.Contain("TimesApartGap").And.Contain("TimesApartMinSize"));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddScoring();
        return builder.Build();
    }
}
