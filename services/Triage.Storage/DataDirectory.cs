namespace Triage.Storage;

// The embedded default's folder holds personal data (the SQLite file) and the keys that open it: only the service's
// own user may read them. A folder created here is 0700 and the database file 0600 (SQLite gives its journal and WAL
// files the database file's mode); a folder the operator made keeps its own mode.
public static class DataDirectory
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Ensure(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else if (!Directory.Exists(path))
            Directory.CreateDirectory(path, Folder);
    }

    public static void EnsurePrivateFile(string path)
    {
        if (OperatingSystem.IsWindows())
            return;
        if (!System.IO.File.Exists(path))
            using (new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = File })) { }
        else if ((System.IO.File.GetUnixFileMode(path) & ~File) != 0)
            System.IO.File.SetUnixFileMode(path, File);
    }
}
