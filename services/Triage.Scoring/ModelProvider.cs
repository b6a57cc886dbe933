using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Classifier;
using Triage.Scoring.Registry;

namespace Triage.Scoring;

// Holds the registry's active model: every instance follows the latest activation (polled by ModelFollower, at once
// after an admin's promotion or rollback here). The configured file is the fallback and the first registered model
// (StartAsync); ModelFileWatcher adopts a new file dropped at the configured path. Each score records the version that
// made it.
public sealed class ModelProvider(IOptions<ScoringOptions> options, ModelRegistry registry, ILogger<ModelProvider> logger) : IDisposable
{
    private readonly string _path = options.Value.FullModelPath;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _starting = new();
    private SuspectModel? _current;
    private Task<SuspectModel>? _start;

    public string ModelPath => _path;

    // The model held once the provider has started (ModelFollower starts it with the host; consumers and endpoints
    // await GetAsync, which starts it when they come first). Never blocks.
    public SuspectModel Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("No model is loaded yet: await ModelProvider.GetAsync first.");

    public ValueTask<SuspectModel> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _start) is { IsCompletedSuccessfully: true } && Volatile.Read(ref _current) is { } model
            ? ValueTask.FromResult(model)
            : new ValueTask<SuspectModel>(StartAsync().WaitAsync(cancellationToken));

    // One start for every caller: the file as the fallback, then registered and activated when the registry does not
    // know it, then the registry's active model. A start that failed (an unusable file stops the start) is tried again
    // by the next caller.
    public Task<SuspectModel> StartAsync()
    {
        lock (_starting)
        {
            if (_start is null || _start.IsFaulted || _start.IsCanceled)
                _start = Task.Run(StartCoreAsync);
            return _start;
        }
    }

    private async Task<SuspectModel> StartCoreAsync()
    {
        if (Volatile.Read(ref _current) is null)
        {
            var model = SuspectModel.Load(_path);
            Interlocked.CompareExchange(ref _current, model, null);
            logger.LogInformation("Loaded model {Version} from {Path}", model.Metadata.Version, _path);
        }
        await AdoptFileAsync(CancellationToken.None);
        return Volatile.Read(ref _current)!;
    }

    // Loads the registry's active model when it is not the one held; cheap when nothing changed (one indexed query).
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        var active = await registry.ActiveVersionAsync(cancellationToken);
        if (active is null || active == Volatile.Read(ref _current)?.Metadata.Version)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (active == Volatile.Read(ref _current)?.Metadata.Version)
                return;
            var stored = await registry.ReadAsync(active, cancellationToken)
                         ?? throw new InvalidOperationException($"The registry activated model {active} but holds no such model.");
            var model = SuspectModel.Load(stored.Zip, ModelFiles.ParseMetadata(stored.Metadata, $"registry:{active}"), $"registry:{active}");
            var previous = Interlocked.Exchange(ref _current, model);
            logger.LogInformation("Model {Previous} replaced by {Version} from the registry", previous?.Metadata.Version ?? "none", active);
        }
        catch (Exception exception) when (exception is IncompatibleModelException or InvalidDataException or InvalidOperationException)
        {
            logger.LogError("Active model {Version} could not be loaded ({Error}); keeping {Current}", active, exception.Message,
                Volatile.Read(ref _current)?.Metadata.Version ?? "none");
        }
        finally
        {
            _gate.Release();
        }
    }

    // The file at the configured path, registered and activated when its version is new to the registry.
    public async Task AdoptFileAsync(CancellationToken cancellationToken)
    {
        try
        {
            var zip = await File.ReadAllBytesAsync(_path, cancellationToken);
            var model = SuspectModel.Load(zip, ModelFiles.ReadMetadata(_path), _path);
            if (await registry.AdoptFileAsync(model, zip, _path, cancellationToken))
                logger.LogInformation("Model file {Path} ({Version}) registered and activated", _path, model.Metadata.Version);
            await FollowAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or IncompatibleModelException or InvalidDataException or System.Text.Json.JsonException
                                              or System.Data.Common.DbException)
        {
            logger.LogError("Model at {Path} could not be loaded ({Error}); keeping {Version}", _path, exception.Message,
                Volatile.Read(ref _current)?.Metadata.Version ?? "none");
        }
    }

    public void Dispose() => _gate.Dispose();
}
