using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Triage.Cli.Hosting;
using Triage.Scoring;
using Triage.Scoring.Registry;

namespace Triage.Cli.Models;

// The model registry of the configured database, as the admin endpoints see it. Running services follow a promotion
// or rollback within their poll interval (Triage:Scoring:ModelPollInterval).
public static class ModelsCommand
{
    public static Command Create()
    {
        var dataDir = ConfiguredHost.DataDirOption();
        var list = new Command("list", "Lists the registered models, newest first, with their status and comparison, then the activation history.") { dataDir };
        list.SetAction((parse, ct) => RunAsync(parse.GetValue(dataDir), ListAsync, ct));

        var version = new Argument<string>("VERSION") { Description = "The registered version to make active" };
        var force = new Option<bool>("--force") { Description = "Promote even though the candidate did not beat the active model (needs --note)" };
        var note = new Option<string?>("--note") { Description = "Why; kept in the activation history and the audit log", HelpName = "TEXT" };
        var promote = new Command("promote", "Makes a candidate the active model: only when its held-out comparison shows it beat the model active now, unless --force.")
        {
            version, force, note, dataDir,
        };
        promote.SetAction((parse, ct) => RunAsync(parse.GetValue(dataDir), (registry, token) =>
        {
            if (parse.GetValue(force) && string.IsNullOrWhiteSpace(parse.GetValue(note)))
            {
                Console.Error.WriteLine("--force needs --note: say why the promotion rule is overridden.");
                return Task.FromResult(2);
            }
            return ActivateAsync(registry.PromoteAsync(parse.GetValue(version)!, Actor, parse.GetValue(force), parse.GetValue(note), token));
        }, ct));

        var reason = new Option<string?>("--reason") { Description = "Why; kept in the activation history and the audit log", HelpName = "TEXT" };
        var rollback = new Command("rollback", "Makes the model that was active before the current one active again.") { reason, dataDir };
        rollback.SetAction((parse, ct) => RunAsync(parse.GetValue(dataDir), (registry, token) => ActivateAsync(registry.RollbackAsync(Actor, parse.GetValue(reason), token)), ct));

        return new Command("models", "The model registry of the configured database (as `rescore`): list, promote, rollback.") { list, promote, rollback };
    }

    private static string Actor => $"cli:{Environment.UserName}";

    private static async Task<int> RunAsync(string? dataDir, Func<ModelRegistry, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        using var host = ConfiguredHost.Build(dataDir);
        if (await ConfiguredHost.OpenAsync(host.Services, cancellationToken) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }
        // An empty registry gets the configured model file first, as a starting service would.
        await host.Services.GetRequiredService<ModelProvider>().GetAsync(cancellationToken);
        return await action(host.Services.GetRequiredService<ModelRegistry>(), cancellationToken);
    }

    private static async Task<int> ListAsync(ModelRegistry registry, CancellationToken cancellationToken)
    {
        foreach (var model in (await registry.ListAsync(cancellationToken)).Select(ModelSummary.From))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{model.Version,-22} {model.Status,-9} trained {model.TrainedAt:yyyy-MM-dd HH:mm} registered by {model.RegisteredBy} ({model.Source}){(model.Comparison is { } c ? $"; {c.Verdict} (vs {c.Active.Version})" : "")}"));
        Console.WriteLine();
        foreach (var activation in await registry.HistoryAsync(cancellationToken))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{activation.ActivatedAt:yyyy-MM-dd HH:mm:ss} {activation.Action,-8} {activation.Version} (was {activation.PreviousVersion ?? "none"}) by {activation.ActivatedBy}: {activation.Reason}"));
        return 0;
    }

    private static async Task<int> ActivateAsync(Task<RegistryOutcome> activation)
    {
        var outcome = await activation;
        if (!outcome.Found)
        {
            Console.Error.WriteLine("No such model is registered.");
            return 1;
        }
        if (outcome.Problem is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 3;
        }
        Console.WriteLine($"active model: {outcome.Version} (was {outcome.Previous ?? "none"})");
        return 0;
    }
}
