using System.Diagnostics;
using Npgsql;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// The restore drill of docs/operations.md: pg_dump a database with complaints, pg_restore it into a fresh database,
// and a host with the same keys reads every complaint; a host without them names the key it lacks.
public class When_a_postgres_backup_is_restored
{
    private const string PgBin = "/usr/lib/postgresql/15/bin";
    private const int Count = 25;
    private readonly Dictionary<Guid, string> _markers = [];
    private PostgresDatabase _original = null!;
    private PostgresDatabase _restored = null!;
    private string _dump = null!;
    private (int Exit, string Error) _dumped;
    private (int Exit, string Error) _restoredExit;

    [OneTimeSetUp]
    public async Task DumpAndRestore()
    {
        _original = await PostgresDatabase.CreateAsync();
        _restored = await PostgresDatabase.CreateAsync();
        _dump = Path.Combine(Path.GetTempPath(), $"triage-{Guid.NewGuid():N}.dump");
        await using (var host = Host(_original, KeySets.K1AndK2))
        {
            using var desk = host.CreateClient("dev-desk-key");
            for (var i = 0; i < Count; i++)
                _markers[await KeyedComplaints.SubmitAsync(desk, KeyedComplaints.OfSomeoneElse(i, $"r-{i}"))] = $"r-{i}";
        }
        _dumped = await PgAsync("pg_dump", _original, "--format=custom", $"--file={_dump}");
        _restoredExit = await PgAsync("pg_restore", _restored, "--no-owner", "--exit-on-error", _dump);
    }

    [OneTimeTearDown]
    public async Task Drop()
    {
        await _original.DisposeAsync();
        await _restored.DisposeAsync();
        File.Delete(_dump);
    }

    [Test]
    public async Task Should_read_every_complaint_from_the_restored_database_with_the_same_keys()
    {
        Assert.That(_dumped.Exit, Is.EqualTo(0), _dumped.Error);
        Assert.That(_restoredExit.Exit, Is.EqualTo(0), _restoredExit.Error);
        await using var host = Host(_restored, KeySets.K1AndK2);
        using var desk = host.CreateClient("dev-desk-key");

        Assert.That(_markers, Has.Count.EqualTo(Count));
        Assert.That(await KeyedComplaints.UnreadableAsync(desk, _markers), Is.Empty);
        var listed = await (await desk.GetAsync("/api/v1/complaints?limit=100")).JsonAsync();
        Assert.That(listed.GetProperty("items").GetArrayLength(), Is.EqualTo(Count));
    }

    [Test]
    public async Task Should_name_the_key_a_host_without_it_lacks()
    {
        Assert.That(_restoredExit.Exit, Is.EqualTo(0), _restoredExit.Error);
        await using var host = Host(_restored, KeySets.OnlyK1);
        using var desk = host.CreateClient("dev-desk-key");

        var unreadable = await KeyedComplaints.UnreadableAsync(desk, _markers);

        Assert.That(unreadable.Keys, Is.EquivalentTo(_markers.Keys), "every complaint was sealed with k2, the current key");
        Assert.That(unreadable.Values, Is.All.StartWith("500").And.Contain("'k2'"));
    }

    private static TriageFactory Host(PostgresDatabase database, Dictionary<string, string?> keys) =>
        new(new Dictionary<string, string?> { ["Triage:Storage:Provider"] = "Postgres", ["Triage:Storage:ConnectionString"] = database.ConnectionString }.With(keys));

    private static async Task<(int, string)> PgAsync(string tool, PostgresDatabase database, params string[] args)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var start = new ProcessStartInfo(Path.Combine(PgBin, tool),
            [$"--host={connection.Host}", $"--port={connection.Port}", $"--username={connection.Username}", $"--dbname={connection.Database}", .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
