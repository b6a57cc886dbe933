using System.CommandLine;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Triage.Cli.Hosting;
using Triage.Storage;

namespace Triage.Cli.Keys;

// The personal-data keys of the configured database (as `rescore`): add a key, move the store to it, retire the old one.
public static class KeysCommand
{
    public static Command Create()
    {
        var dataDir = ConfiguredHost.DataDirOption();
        var keyNew = new Command("new", "Adds a key and makes it current: written to <DataDir>/personal-data.keys.json for the embedded default, printed as configuration lines when the keys come from configuration.") { dataDir };
        keyNew.SetAction((parse, ct) => RunAsync(parse.GetValue(dataDir), (services, _) => Task.FromResult(AddKey(services)), ct));

        var batch = new Option<int>("--batch-size") { Description = "Complaints per transaction", DefaultValueFactory = _ => 500, HelpName = "N" };
        var rotate = new Command("rotate", "Seals every complaint again and hashes every identifier under the current key, in batches while the services run; a rerun resumes.") { batch, dataDir };
        rotate.SetAction((parse, ct) => RunAsync(parse.GetValue(dataDir), (services, token) => RotateAsync(services, Math.Max(1, parse.GetValue(batch)), token), ct));

        var status = new Command("status", "The configured keys, which keys the stored complaints and identifier hashes still need, and the rotations.") { dataDir };
        status.SetAction((parse, ct) => RunAsync(parse.GetValue(dataDir), StatusAsync, ct));

        var keyId = new Argument<string>("KEY") { Description = "The id of the key to retire, e.g. k1" };
        var retire = new Command("retire", "Removes an old key once nothing is sealed with it and every complaint is hashed under the newer key; deletes its hashes.") { keyId, dataDir };
        retire.SetAction((parse, ct) => RunAsync(parse.GetValue(dataDir), (services, token) => RetireAsync(services, parse.GetValue(keyId)!, token), ct));

        return new Command("keys", "The personal-data keys: new, rotate, status, retire (docs/operations.md).") { keyNew, rotate, status, retire };
    }

    private static async Task<int> RunAsync(string? dataDir, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        using var host = ConfiguredHost.Build(dataDir);
        if (await ConfiguredHost.OpenAsync(host.Services, cancellationToken) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }
        return await action(host.Services, cancellationToken);
    }

    private static PersonalDataProtector Protector(IServiceProvider services) => services.GetRequiredService<PersonalDataProtector>();

    // Null when the keys come from configuration rather than the embedded default's file.
    private static string? KeyFile(IServiceProvider services) =>
        PersonalDataKeys.Configured(services.GetRequiredService<IOptions<PersonalDataOptions>>().Value)
            ? null
            : PersonalDataKeyFile.PathIn(services.GetRequiredService<IOptions<TriageOptions>>().Value.FullDataDir);

    private static int AddKey(IServiceProvider services)
    {
        var ids = Protector(services).KeyIds;
        var id = $"k{ids.Select(i => int.TryParse(i.AsSpan(1), CultureInfo.InvariantCulture, out var n) && i[0] == 'k' ? n : 0).Max() + 1}";
        var key = new PersonalDataKeyOptions { Id = id, EncryptionKey = PersonalDataKeyFile.NewSecret(), HashKey = PersonalDataKeyFile.NewSecret() };
        if (KeyFile(services) is { } file)
        {
            var keys = PersonalDataKeyFile.Load(file);
            keys.Keys.Add(key);
            keys.CurrentKey = null;
            PersonalDataKeyFile.Save(file, keys);
            Console.Error.WriteLine($"Added key {id} to {file} as the current key. Restart the host so that it seals with it, then run `triage keys rotate`.");
            return 0;
        }
        var index = services.GetRequiredService<IOptions<PersonalDataOptions>>().Value.Keys.Count;
        Console.WriteLine($"Triage__PersonalData__Keys__{index}__Id={id}");
        Console.WriteLine($"Triage__PersonalData__Keys__{index}__EncryptionKey={key.EncryptionKey}");
        Console.WriteLine($"Triage__PersonalData__Keys__{index}__HashKey={key.HashKey}");
        Console.Error.WriteLine($"Add these to every process's configuration (and to your key backup), restart them, then run `triage keys rotate`. Key {id} becomes current as the newest key.");
        return 0;
    }

    private static async Task<int> RotateAsync(IServiceProvider services, int batchSize, CancellationToken cancellationToken)
    {
        var protector = Protector(services);
        var rotation = new KeyRotation(services.GetRequiredService<Database>(), protector, services.GetRequiredService<TimeProvider>());
        var total = await rotation.CountComplaintsAsync(cancellationToken);
        var outcome = await Progress.RunAsync($"re-sealing under {protector.CurrentKeyId}", (int)Math.Min(total, int.MaxValue),
            progress => rotation.RunAsync(batchSize, new Progress<long>(done => progress.Report((int)Math.Min(done, int.MaxValue))), cancellationToken));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rotation to {outcome.KeyId} finished: {outcome.Complaints:N0} complaints walked, {outcome.Moved:N0} sealed or hashed again, {outcome.Versions:N0} earlier versions sealed again."));
        var older = protector.KeyIds.Where(id => id != protector.CurrentKeyId).ToList();
        if (older.Count > 0)
            Console.Error.WriteLine($"Key {string.Join(", ", older)} can now be removed from every process's key set; after the restart run `triage keys retire {older[0]}`.");
        return 0;
    }

    private static async Task<int> StatusAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var protector = Protector(services);
        var database = services.GetRequiredService<Database>();
        Console.WriteLine($"configured keys: {string.Join(", ", protector.KeyIds)} (current {protector.CurrentKeyId}; identifiers matched under {protector.MatchingKeyId}; {KeyFile(services) ?? "from configuration"})");
        Console.WriteLine($"complaints sealed with: {Counts(await KeyUsage.SealedAsync(database, "complaints", cancellationToken))}");
        Console.WriteLine($"earlier versions sealed with: {Counts(await KeyUsage.SealedAsync(database, "complaint_versions", cancellationToken))}");
        Console.WriteLine($"complaints with identifier hashes under: {Counts(await KeyUsage.HashedAsync(database, cancellationToken))}");
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM complaints", cancellationToken: cancellationToken));
        foreach (var run in await connection.QueryAsync<RotationRow>(
                     new CommandDefinition("SELECT to_key_id, complaints_done, started_at, finished_at, retired_key_id, retired_at FROM key_rotations ORDER BY started_at",
                         cancellationToken: cancellationToken)))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rotation to {run.ToKeyId}: started {run.StartedAt:u}, {Math.Min(run.ComplaintsDone, total):N0} of {total:N0} complaints walked, " +
                $"{(run.FinishedAt is { } f ? $"finished {f:u}" : "not finished")}{(run.RetiredKeyId is { } r ? $", {r} retired {run.RetiredAt:u}" : "")}"));
        var missing = (await KeyUsage.SealedAsync(database, "complaints", cancellationToken)).Keys.Where(k => !protector.Knows(k)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"Complaints are sealed with key {string.Join(", ", missing)}, which is not configured: they cannot be read until it is restored.");
            return 1;
        }
        return 0;
    }

    private static async Task<int> RetireAsync(IServiceProvider services, string keyId, CancellationToken cancellationToken)
    {
        var protector = Protector(services);
        var retirement = new KeyRetirement(services.GetRequiredService<Database>(), protector, services.GetRequiredService<TimeProvider>());
        var remaining = protector.KeyIds.Where(id => id != keyId).ToList();
        if (remaining.Count == 0)
        {
            Console.Error.WriteLine($"Key {keyId} is the only configured key: add and rotate to a new one first (triage keys new).");
            return 1;
        }
        if (await retirement.ProblemAsync(keyId, remaining[0], cancellationToken) is { } problem)
        {
            Console.Error.WriteLine($"Key {keyId} cannot be retired: {problem}.");
            return 1;
        }
        if (protector.Knows(keyId))
        {
            if (KeyFile(services) is not { } file)
            {
                Console.Error.WriteLine($"Key {keyId} is still configured: remove it from every process's Triage:PersonalData configuration, restart them, then run this again.");
                return 1;
            }
            var keys = PersonalDataKeyFile.Load(file);
            if (keyId == PersonalDataProtector.LegacyKeyId)
                (keys.EncryptionKey, keys.HashKey) = (null, null);
            keys.Keys.RemoveAll(k => k.Id == keyId);
            PersonalDataKeyFile.Save(file, keys);
            Console.Error.WriteLine($"Removed key {keyId} from {file}. Restart the host, then run `triage keys retire {keyId}` again to delete its identifier hashes.");
            return 0;
        }
        var hashed = (await KeyUsage.HashedAsync(services.GetRequiredService<Database>(), cancellationToken)).GetValueOrDefault(keyId);
        var deleted = await Progress.RunAsync($"retiring {keyId}", (int)Math.Min(hashed, int.MaxValue), progress =>
            retirement.RetireAsync(keyId, new Progress<long>(done => progress.Report((int)done)), cancellationToken));
        Console.Error.WriteLine($"Key {keyId} retired: {deleted:N0} identifier hashes made with it deleted; identifiers are matched under {protector.MatchingKeyId}.");
        return 0;
    }

    private static string Counts(Dictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(c => c.Key).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}")));

    private sealed class RotationRow
    {
        public string ToKeyId { get; init; } = "";
        public long ComplaintsDone { get; init; }
        public DateTimeOffset StartedAt { get; init; }
        public DateTimeOffset? FinishedAt { get; init; }
        public string? RetiredKeyId { get; init; }
        public DateTimeOffset? RetiredAt { get; init; }
    }
}
