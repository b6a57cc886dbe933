using Triage.Tests.Infrastructure;

namespace Triage.Tests.Storage;

[Platform(Exclude = "Win")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class When_the_embedded_default_creates_its_files
{
    [Test]
    public async Task Should_let_only_its_own_user_read_them()
    {
        var root = Directory.CreateTempSubdirectory("triage-modes-").FullName;
        var dataDir = Path.Combine(root, "data");
        try
        {
            using (var factory = TriageFactory.Sqlite(new() { ["Triage:DataDir"] = dataDir }))
            {
                var id = await factory.SubmitAsync(SampleComplaints.Valid());
                Assert.That(id, Is.Not.EqualTo(Guid.Empty));
            }

            Assert.That(File.GetUnixFileMode(dataDir), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            var files = Directory.GetFiles(dataDir);
            Assert.That(files.Select(Path.GetFileName), Does.Contain("triage.db").And.Contain("personal-data.keys.json"));
            foreach (var file in files)
                Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), file);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
