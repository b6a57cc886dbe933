using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Classifier;
using Triage.Scoring.Registry;

namespace Triage.Scoring;

// Holds the registry's active model: every instance follows the latest activation (polled by ModelFollower, at once
// after an admin's promotion or rollback here). The configured file is the fallback and the first registered model;
// a new file dropped at the configured path is registered and activated. Each score records the version that made it.
public sealed class ModelProvider : IDisposable
{
    private readonly string _path;
    private readonly ModelRegistry _registry;
    private readonly ILogger<ModelProvider> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SuspectModel? _current;
    private Task? _adopted;
    private volatile bool _ready;

    public ModelProvider(IOptions<ScoringOptions> options, ModelRegistry registry, ILogger<ModelProvider> logger)
    {
        _path = options.Value.FullModelPath;
        _registry = registry;
        _logger = logger;
        _debounce = new Timer(_ => _ = AdoptFileAsync(CancellationToken.None), null, Timeout.Infinite, Timeout.Infinite);
        var folder = Path.GetDirectoryName(_path);
        if (folder is not null && Directory.Exists(folder))
        {
            _watcher = new FileSystemWatcher(folder) { Filter = "*.*", EnableRaisingEvents = true };
            _watcher.Changed += (_, e) => OnChange(e.FullPath);
            _watcher.Created += (_, e) => OnChange(e.FullPath);
            _watcher.Renamed += (_, e) => OnChange(e.FullPath);
        }
    }

    // The first use waits for the registry (the database is migrated before any consumer or endpoint runs).
    // Every caller before the first registration has finished waits for that one registration, not only the first.
    public SuspectModel Current => _ready && Volatile.Read(ref _current) is { } model ? model : Start();

    // Loads the registry's active model when it is not the one held; cheap when nothing changed (one indexed query).
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        var active = await _registry.ActiveVersionAsync(cancellationToken);
        if (active is null || active == Volatile.Read(ref _current)?.Metadata.Version)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (active == Volatile.Read(ref _current)?.Metadata.Version)
                return;
            var stored = await _registry.ReadAsync(active, cancellationToken)
                         ?? throw new InvalidOperationException($"The registry activated model {active} but holds no such model.");
            var model = SuspectModel.Load(stored.Zip, ModelFiles.ParseMetadata(stored.Metadata, $"registry:{active}"), $"registry:{active}");
            var previous = Interlocked.Exchange(ref _current, model);
            _logger.LogInformation("Model {Previous} replaced by {Version} from the registry", previous?.Metadata.Version ?? "none", active);
        }
        catch (Exception exception) when (exception is IncompatibleModelException or InvalidDataException or InvalidOperationException)
        {
            _logger.LogError("Active model {Version} could not be loaded ({Error}); keeping {Current}", active, exception.Message,
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
            if (await _registry.AdoptFileAsync(model, zip, _path, cancellationToken))
                _logger.LogInformation("Model file {Path} ({Version}) registered and activated", _path, model.Metadata.Version);
            await FollowAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or IncompatibleModelException or InvalidDataException or System.Text.Json.JsonException
                                              or System.Data.Common.DbException)
        {
            _logger.LogError("Model at {Path} could not be loaded ({Error}); keeping {Version}", _path, exception.Message,
                Volatile.Read(ref _current)?.Metadata.Version ?? "none");
        }
    }

    private SuspectModel Start()
    {
        Task adopted;
        _gate.Wait();
        try
        {
            if (Volatile.Read(ref _current) is null)
            {
                // The file is the fallback until the registry answers; an unusable file stops the start, as before.
                var model = SuspectModel.Load(_path);
                Interlocked.CompareExchange(ref _current, model, null);
                _logger.LogInformation("Loaded model {Version} from {Path}", model.Metadata.Version, _path);
            }
            adopted = _adopted ??= Task.Run(() => AdoptFileAsync(CancellationToken.None));
        }
        finally
        {
            _gate.Release();
        }
        adopted.GetAwaiter().GetResult();
        _ready = true;
        return Volatile.Read(ref _current)!;
    }

    private void OnChange(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(_path);
        if (Path.GetFileNameWithoutExtension(path) == stem)
            _debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
        _gate.Dispose();
    }
}
