namespace Triage.Scoring;

// A model file written over the configured path is adopted (registered, activated, loaded) half a second after the
// last change to it, so that a copy in progress is not read half-written.
public sealed class ModelFileWatcher : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private readonly string _stem;

    public ModelFileWatcher(ModelProvider models)
    {
        _stem = Path.GetFileNameWithoutExtension(models.ModelPath);
        _debounce = new Timer(_ => _ = models.AdoptFileAsync(CancellationToken.None), null, Timeout.Infinite, Timeout.Infinite);
        var folder = Path.GetDirectoryName(models.ModelPath);
        if (folder is null || !Directory.Exists(folder))
            return;
        _watcher = new FileSystemWatcher(folder) { Filter = "*.*", EnableRaisingEvents = true };
        _watcher.Changed += (_, e) => OnChange(e.FullPath);
        _watcher.Created += (_, e) => OnChange(e.FullPath);
        _watcher.Renamed += (_, e) => OnChange(e.FullPath);
    }

    private void OnChange(string path)
    {
        if (Path.GetFileNameWithoutExtension(path) == _stem)
            _debounce.Change(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }
}
