namespace Triage.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
