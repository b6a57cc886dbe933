namespace Triage.Storage;

public sealed class StorageOptions
{
    public const string Section = "Triage:Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public string? ConnectionString { get; set; }

    public int CommandTimeoutSeconds { get; set; } = 30;
}
