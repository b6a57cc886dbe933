using System.Text.Json;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// The embedded default keeps its keys in <DataDir>/personal-data.keys.json: `keys new` adds k2 there, `keys retire k1`
// takes k1 out once nothing needs it and, after the restart, deletes its hashes.
public class When_the_embedded_default_rotates_its_key_file
{
    private readonly Dictionary<Guid, string> _markers = [];
    private readonly List<(string Step, int Exit, string Error)> _steps = [];
    private string _dataDir = null!;
    private string _keyFile = null!;
    private Guid _personBefore;
    private Guid _personAfterNew;
    private JsonElement _fileAfterNew;
    private JsonElement _fileAfterRetire;
    private Dictionary<Guid, string> _unreadable = [];
    private (IReadOnlyList<Guid> Filings, int Complainants, int SecondHop) _person;
    private Dictionary<string, long> _rows = [];

    [OneTimeSetUp]
    public async Task Rotate()
    {
        _dataDir = Directory.CreateTempSubdirectory("triage-keys-").FullName;
        _keyFile = Path.Combine(_dataDir, "personal-data.keys.json");
        var settings = new Dictionary<string, string?> { ["Triage:DataDir"] = _dataDir };
        await using (var first = new TriageFactory(settings) { KeepDataDir = true })
        {
            using var desk = first.CreateClient("dev-desk-key");
            _personBefore = await Submit(desk, KeyedComplaints.OfThePerson("file-before"), "file-before");
            for (var i = 0; i < 5; i++)
                await Submit(desk, KeyedComplaints.OfSomeoneElse(i, $"file-{i}"), $"file-{i}");
        }
        await Cli("new");
        _fileAfterNew = JsonDocument.Parse(await File.ReadAllTextAsync(_keyFile)).RootElement.Clone();
        await using (var both = new TriageFactory(settings) { KeepDataDir = true })
        {
            using var desk = both.CreateClient("dev-desk-key");
            _personAfterNew = await Submit(desk, KeyedComplaints.OfThePerson("file-after"), "file-after");
        }
        await Cli("rotate");
        await Cli("retire", "k1");
        _fileAfterRetire = JsonDocument.Parse(await File.ReadAllTextAsync(_keyFile)).RootElement.Clone();
        await Cli("retire", "k1");
        await using (var after = new TriageFactory(settings) { KeepDataDir = true })
        {
            using var desk = after.CreateClient("dev-desk-key");
            _unreadable = await KeyedComplaints.UnreadableAsync(desk, _markers);
            _person = await KeyedComplaints.PersonAsync(after.Services, _personAfterNew);
            _rows = await KeyedComplaints.IdentifierRowsAsync(after.Services);
        }
    }

    [OneTimeTearDown]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    [Test]
    public void Should_run_every_step()
    {
        Assert.That(_steps.Select(s => s.Step), Is.EqualTo(new[] { "new", "rotate", "retire k1", "retire k1" }));
        Assert.That(_steps.Where(s => s.Exit != 0), Is.Empty, string.Join("\n", _steps.Select(s => $"{s.Step}: {s.Exit} {s.Error}")));
        Assert.That(_steps[2].Error, Does.Contain("Removed key k1 from").And.Contain("Restart the host"));
    }

    [Test]
    public void Should_add_k2_to_the_key_file_and_then_leave_it_alone()
    {
        Assert.That(_fileAfterNew.GetProperty("EncryptionKey").GetString(), Is.Not.Empty);
        Assert.That(_fileAfterNew.GetProperty("Keys").EnumerateArray().Select(k => k.GetProperty("Id").GetString()), Is.EqualTo(new[] { "k2" }));
        Assert.That(_fileAfterRetire.TryGetProperty("EncryptionKey", out _), Is.False);
        Assert.That(_fileAfterRetire.GetProperty("Keys")[0].GetProperty("EncryptionKey").GetString(),
            Is.EqualTo(_fileAfterNew.GetProperty("Keys")[0].GetProperty("EncryptionKey").GetString()));
        if (!OperatingSystem.IsWindows())
            Assert.That(File.GetUnixFileMode(_keyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Should_read_every_complaint_and_know_the_person_with_k2_alone()
    {
        Assert.That(_unreadable, Is.Empty);
        Assert.That(_person.Filings, Is.EqualTo(new[] { _personBefore }));
        Assert.That(_person.Complainants, Is.EqualTo(1));
        Assert.That(_rows.Keys, Is.EqualTo(new[] { "k2" }));
    }

    private async Task<Guid> Submit(HttpClient desk, System.Text.Json.Nodes.JsonObject complaint, string marker)
    {
        var id = await KeyedComplaints.SubmitAsync(desk, complaint);
        _markers[id] = marker;
        return id;
    }

    private async Task Cli(params string[] args)
    {
        var (exit, _, error) = await KeysCli.RunAsync([], ["keys", .. args, "--data-dir", _dataDir]);
        _steps.Add((string.Join(' ', args), exit, error));
    }
}
