using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Triage.Classifier;
using Triage.Classifier.Promotion;
using Triage.Storage;

namespace Triage.Scoring.Registry;

// The models in the database and which one is active: the latest row of model_activations. Every change of the active
// model happens in one transaction under one lock, with its audit entry, so concurrent instances and admins take turns.
public sealed class ModelRegistry(Database database, TimeProvider clock)
{
    private const string Lock = "model-registry";

    public async Task<string?> ActiveVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ActiveAsync(connection, null, cancellationToken);
    }

    public async Task<StoredModel?> ReadAsync(string version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredModel>(
            new CommandDefinition("SELECT version, model_zip AS Zip, metadata FROM models WHERE version = @Version",
                new { Version = version }, cancellationToken: cancellationToken));
    }

    public async Task<string?> ReportAsync(string version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition("SELECT report FROM models WHERE version = @Version",
            new { Version = version }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<RegisteredModel>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RegisteredModel>(new CommandDefinition($"SELECT {RegisteredModel.Columns} FROM models ORDER BY registered_at DESC, version",
            cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<ModelActivation>> HistoryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ModelActivation>(new CommandDefinition($"SELECT {ModelActivation.Columns} FROM model_activations ORDER BY id DESC",
            cancellationToken: cancellationToken))).AsList();
    }

    // A version already registered is left as it was: registration is idempotent.
    public async Task<bool> RegisterAsync(NewModel model, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertAsync(connection, null, model, cancellationToken) == 1;
    }

    // The configured model file: registered and activated when its version is new to the registry ('initial' when the
    // registry had no active model, 'file' otherwise); a version the registry knows changes nothing.
    public async Task<bool> AdoptFileAsync(SuspectModel model, byte[] zip, string path, CancellationToken cancellationToken)
    {
        var metadata = model.Metadata;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAsync(connection, transaction, [Lock], cancellationToken);
        var inserted = await InsertAsync(connection, transaction, new NewModel(metadata.Version, metadata.TrainedAt, zip,
            ModelFiles.SerializeMetadata(metadata), ModelStatus.Candidate, $"file:{Path.GetFileName(path)}", "operator"), cancellationToken) == 1;
        var active = await ActiveAsync(connection, transaction, cancellationToken);
        if (!inserted && active is not null)
            return false;
        var action = active is null ? ActivationAction.Initial : ActivationAction.File;
        await ActivateAsync(connection, transaction, metadata.Version, active, action, "operator", $"model file {Path.GetFileName(path)}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // Promotion checks the candidate's stored comparison: it must have beaten the model that is active now. force skips
    // the check (the API and the CLI require a note with it, kept in the history and the audit log).
    public async Task<RegistryOutcome> PromoteAsync(string version, string actor, bool force, string? note, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAsync(connection, transaction, [Lock], cancellationToken);
        var model = await connection.QuerySingleOrDefaultAsync<RegisteredModel>(
            new CommandDefinition($"SELECT {RegisteredModel.Columns} FROM models WHERE version = @Version {database.Dialect.ForUpdate}",
                new { Version = version }, transaction, cancellationToken: cancellationToken));
        if (model is null)
            return RegistryOutcome.NotFound();
        var active = await ActiveAsync(connection, transaction, cancellationToken);
        if (active == version)
            return RegistryOutcome.Conflict($"Model {version} is already the active model.");
        if (!force && Refusal(model, active) is { } refusal)
            return RegistryOutcome.Conflict(refusal);
        var reason = force ? $"forced: {note}" : note ?? Verdict(model);
        await ActivateAsync(connection, transaction, version, active, ActivationAction.Promote, actor, reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RegistryOutcome.Activated(version, active);
    }

    // Back to the model that was active before the current one. Each rollback undoes one promotion (or file, or an
    // earlier rollback's target's activation): the history read as a stack.
    public async Task<RegistryOutcome> RollbackAsync(string actor, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await new ClusterLocks(database).AcquireAsync(connection, transaction, [Lock], cancellationToken);
        var history = (await connection.QueryAsync<ModelActivation>(new CommandDefinition($"SELECT {ModelActivation.Columns} FROM model_activations ORDER BY id",
            transaction: transaction, cancellationToken: cancellationToken))).AsList();
        var stack = new List<string>();
        foreach (var activation in history)
            if (activation.Action == ActivationAction.Rollback)
                stack.RemoveAt(stack.Count - 1);
            else
                stack.Add(activation.Version);
        if (stack.Count < 2)
            return RegistryOutcome.Conflict("There is no earlier active model to roll back to.");
        var (current, target) = (stack[^1], stack[^2]);
        await ActivateAsync(connection, transaction, target, current, ActivationAction.Rollback, actor, reason ?? $"rolled back from {current}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RegistryOutcome.Activated(target, current);
    }

    private static string? Refusal(RegisteredModel model, string? active)
    {
        if (model.Comparison is null)
            return $"Model {model.Version} has no comparison with the active model ({model.Source}); train it with `triage train --from-db`, or promote it with force and a note.";
        var comparison = JsonSerializer.Deserialize<ModelComparison>(model.Comparison, ModelFiles.Json)!;
        if (comparison.Active.Version != active)
            return $"Model {model.Version} was compared with {comparison.Active.Version}, but {active} is active now: train a new candidate, or promote it with force and a note.";
        return comparison.CandidateWins
            ? null
            : $"Model {model.Version} did not beat the active model {active} on the held-out rows ({comparison.Verdict}); promote it only with force and a note.";
    }

    private static string Verdict(RegisteredModel model) =>
        model.Comparison is null ? "promoted" : JsonSerializer.Deserialize<ModelComparison>(model.Comparison, ModelFiles.Json)!.Verdict;

    private async Task ActivateAsync(DbConnection connection, DbTransaction transaction, string version, string? previous, string action, string actor, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO model_activations (version, previous_version, action, activated_by, activated_at, reason)
            VALUES (@Version, @Previous, @Action, @Actor, @Now, @Reason)
            """,
            new { Version = version, Previous = previous, Action = action, Actor = actor, Now = now, Reason = reason }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE models SET status = @Retired WHERE version = @Previous AND status = @Active",
            new { Retired = ModelStatus.Retired, Active = ModelStatus.Active, Previous = previous }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("UPDATE models SET status = @Active WHERE version = @Version",
            new { Active = ModelStatus.Active, Version = version }, transaction, cancellationToken: cancellationToken));
        await AuditLog.RecordAsync(connection, transaction, now, actor, $"model-{action}", $"model:{version}",
            string.Create(CultureInfo.InvariantCulture, $"previous {previous ?? "none"}; {reason}"), cancellationToken);
    }

    private static Task<string?> ActiveAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition("SELECT version FROM model_activations ORDER BY id DESC LIMIT 1",
            transaction: transaction, cancellationToken: cancellationToken));

    private Task<int> InsertAsync(DbConnection connection, DbTransaction? transaction, NewModel model, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            new CommandDefinition("""
            INSERT INTO models (version, status, trained_at, registered_at, registered_by, source, model_zip, metadata, comparison, report)
            VALUES (@Version, @Status, @TrainedAt, @Now, @RegisteredBy, @Source, @Zip, @Metadata, @Comparison, @Report)
            ON CONFLICT (version) DO NOTHING
            """,
            new { model.Version, model.Status, model.TrainedAt, Now = clock.GetUtcNow(), model.RegisteredBy, model.Source, model.Zip, model.Metadata, model.Comparison, model.Report },
            transaction, cancellationToken: cancellationToken));
}
