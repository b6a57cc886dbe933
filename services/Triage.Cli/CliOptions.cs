using System.CommandLine;

namespace Triage.Cli;

// Inputs, models and output folders are checked when the command line is parsed, before any work starts: a wrong
// path is one line naming the option, not a stack trace after minutes of work.
public static class CliOptions
{
    // A file or folder that must be there.
    public static Option<T> Existing<T>(this Option<T> option) where T : FileSystemInfo?
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() is { Exists: false } missing)
                result.AddError($"{option.Name}: there is no {(missing is DirectoryInfo ? "folder" : "file")} {missing.FullName}");
        });
        return option;
    }

    // A file given by its path, e.g. a model with a default path relative to the working folder; not needed when the
    // flag `unless` is given (a mode of the command that does not read the file).
    public static Option<T> ExistingFile<T>(this Option<T> option, Option<bool>? unless = null) where T : class?
    {
        option.Validators.Add(result =>
        {
            if (unless is not null && result.GetValue(unless))
                return;
            if (result.GetValueOrDefault<T>() is string { Length: > 0 } path && !File.Exists(path))
                result.AddError($"{option.Name}: there is no file {Path.GetFullPath(path)}");
        });
        return option;
    }

    // An output file goes into a folder that exists already.
    public static Option<T> InExistingFolder<T>(this Option<T> option) where T : class?
    {
        option.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<T>() switch
            {
                FileInfo file => file.FullName,
                string { Length: > 0 } text => Path.GetFullPath(text),
                _ => null,
            };
            if (path is not null && Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
                result.AddError($"{option.Name}: the folder {folder} does not exist");
        });
        return option;
    }
}
