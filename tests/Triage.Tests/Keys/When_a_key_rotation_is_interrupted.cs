using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// The rotation's process killed part-way, then run again: it goes on from its cursor and ends with every complaint
// sealed once under k2 and hashed once under each key.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_key_rotation_is_interrupted(string storage)
{
    private const int Count = 150;
    private readonly Dictionary<Guid, string> _markers = [];
    private PostgresDatabase? _postgres;
    private string _dataDir = null!;
    private long _doneWhenKilled;
    private (int Exit, string Error) _rerun;
    private Dictionary<Guid, string> _unreadable = [];
    private Dictionary<string, long> _sealed = [];
    private Dictionary<string, long> _rows = [];
    private long _walked;

    [OneTimeSetUp]
    public async Task InterruptAndResume()
    {
        if (storage == "postgres")
            _postgres = await PostgresDatabase.CreateAsync();
        _dataDir = Directory.CreateTempSubdirectory("triage-keys-").FullName;
        var store = KeySets.Storage(storage, _dataDir, _postgres);
        await using (var before = new TriageFactory(store.With(KeySets.OnlyK1)) { KeepDataDir = true })
        {
            using var desk = before.CreateClient("dev-desk-key");
            var batch = new System.Text.Json.Nodes.JsonArray();
            for (var i = 0; i < Count; i++)
                batch.Add(KeyedComplaints.OfSomeoneElse(i, $"m-{i}"));
            var results = (await (await desk.PostJsonAsync("/api/v1/complaints/batch", batch)).JsonAsync()).GetProperty("results");
            for (var i = 0; i < Count; i++)
                _markers[Guid.Parse(results[i].GetProperty("id").GetString()!)] = $"m-{i}";
        }

        await using var both = new TriageFactory(store.With(KeySets.K1AndK2)) { KeepDataDir = true };
        var database = both.Services.GetRequiredService<Database>();
        using (var rotate = KeysCli.Start(store.With(KeySets.K1AndK2), "keys", "rotate", "--batch-size", "1", "--data-dir", _dataDir))
        {
            _ = rotate.StandardError.ReadToEndAsync();
            _ = rotate.StandardOutput.ReadToEndAsync();
            // Polled every few milliseconds, not every 100: a batch of one complaint can take under a millisecond on a quiet
            // machine, and once (CI, 2026-12-04) all 150 were rotated between two polls 100 ms apart.
            await Eventually.HoldsAsync(async () => await DoneAsync(database) > 0 || rotate.HasExited, TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(2));
            rotate.Kill(entireProcessTree: true);
            await rotate.WaitForExitAsync();
        }
        _doneWhenKilled = await DoneAsync(database);
        var rerun = await KeysCli.RunAsync(store.With(KeySets.K1AndK2), "keys", "rotate", "--batch-size", "7", "--data-dir", _dataDir);
        _rerun = (rerun.ExitCode, rerun.Error);
        _walked = await DoneAsync(database);
        using var client = both.CreateClient("dev-desk-key");
        _unreadable = await KeyedComplaints.UnreadableAsync(client, _markers);
        _sealed = await KeyedComplaints.SealedWithAsync(both.Services);
        _rows = await KeyedComplaints.IdentifierRowsAsync(both.Services);
    }

    [OneTimeTearDown]
    public Task Drop() => KeySets.DropAsync(_postgres, _dataDir);

    [Test]
    public void Should_have_been_stopped_part_way()
    {
        Assert.That(_doneWhenKilled, Is.GreaterThan(0).And.LessThan(Count));
    }

    [Test]
    public void Should_go_on_from_where_it_stopped_and_finish()
    {
        Assert.That(_rerun.Exit, Is.EqualTo(0), _rerun.Error);
        Assert.That(_walked, Is.EqualTo(Count), "each complaint walked once across both runs");
    }

    [Test]
    public void Should_leave_every_complaint_readable_and_sealed_under_the_new_key()
    {
        Assert.That(_unreadable, Is.Empty);
        Assert.That(_sealed, Is.EqualTo(new Dictionary<string, long> { ["k2"] = Count }));
    }

    [Test]
    public void Should_hash_each_identifier_once_under_each_key()
    {
        // Each complaint gives two identifiers: a phone and the complainant's name.
        const int identifiers = 2 * Count;
        Assert.That(_rows, Is.EqualTo(new Dictionary<string, long> { ["k1"] = identifiers, ["k2"] = identifiers }));
    }

    private static async Task<long> DoneAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>("SELECT complaints_done FROM key_rotations WHERE to_key_id = 'k2'") ?? 0;
    }
}
