namespace Triage.Classifier.Tests;

public static class ShippedModel
{
    public static string Path
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "Triage.sln")))
                    return System.IO.Path.Combine(directory.FullName, "models", "suspect-model.zip");
            throw new InvalidOperationException($"No Triage.sln above {AppContext.BaseDirectory}");
        }
    }
}
