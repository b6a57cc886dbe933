using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Triage.ServiceDefaults;

public sealed class DevKeyWarning(IHostApplicationLifetime lifetime, ListeningAddresses addresses, IOptions<AuthOptions> auth, ILogger<DevKeyWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (!auth.Value.DevKeys)
                return;
            if (addresses.AllLoopback())
                logger.LogWarning("The development API keys (dev-desk-key, dev-analyst-key, dev-admin-key) are enabled: listening on loopback only");
            else
                logger.LogWarning("Listening beyond loopback ({Addresses}): the development API keys are refused", string.Join(", ", addresses.All()));
            if (auth.Value.ApiKeys.Count == 0 && !addresses.AllLoopback())
                logger.LogError("No API keys are configured under Triage:ApiKeys: every request will be refused");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
