namespace Triage.Tests.Cli;

// A test of the CLI that writes its files into a temporary folder of its own, made before each test and removed after.
public abstract class CliFolder(string prefix)
{
    protected string Folder { get; private set; } = null!;

    [SetUp]
    public void CreateFolder() => Folder = Directory.CreateTempSubdirectory(prefix).FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Folder, recursive: true);
}
