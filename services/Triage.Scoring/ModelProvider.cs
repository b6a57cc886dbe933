using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triage.Classifier;

namespace Triage.Scoring;

// Holds the active model and swaps in a new file without a restart; each score records the version that made it.
public sealed class ModelProvider : IDisposable
{
    private readonly string _path;
    private readonly ILogger<ModelProvider> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private SuspectModel _current;

    public ModelProvider(IOptions<ScoringOptions> options, ILogger<ModelProvider> logger)
    {
        _path = options.Value.FullModelPath;
        _logger = logger;
        _current = SuspectModel.Load(_path);
        _logger.LogInformation("Loaded model {Version} from {Path}", _current.Metadata.Version, _path);
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        var folder = Path.GetDirectoryName(_path);
        if (folder is not null && Directory.Exists(folder))
        {
            _watcher = new FileSystemWatcher(folder) { Filter = "*.*", EnableRaisingEvents = true };
            _watcher.Changed += (_, e) => OnChange(e.FullPath);
            _watcher.Created += (_, e) => OnChange(e.FullPath);
            _watcher.Renamed += (_, e) => OnChange(e.FullPath);
        }
    }

    public SuspectModel Current => Volatile.Read(ref _current);

    // Reloads now; used by the watcher after writes settle, and by admins.
    public void Reload()
    {
        try
        {
            var model = SuspectModel.Load(_path);
            var previous = Interlocked.Exchange(ref _current, model);
            if (previous.Metadata.Version != model.Metadata.Version)
                _logger.LogInformation("Model {Previous} replaced by {Version}", previous.Metadata.Version, model.Metadata.Version);
        }
        catch (Exception exception)
        {
            _logger.LogError("Model at {Path} could not be loaded ({Error}); keeping {Version}", _path, exception.Message, Current.Metadata.Version);
        }
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
    }
}
