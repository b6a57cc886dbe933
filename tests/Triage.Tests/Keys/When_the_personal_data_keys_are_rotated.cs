using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// k1 → k2 while intake runs: complaints taken in under k1, then a host that knows both keys (k2 current) taking
// complaints in while `triage keys rotate` runs beside it, then a host with k2 only and `triage keys retire k1`.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_the_personal_data_keys_are_rotated(string storage)
{
    private const int Before = 40;
    private readonly Dictionary<Guid, string> _markers = [];
    private readonly ConcurrentDictionary<Guid, string> _during = new();
    private PostgresDatabase? _postgres;
    private string _dataDir = null!;
    private Guid _personBefore;
    private Guid _personDuring;
    private (int Exit, string Error) _rotate;
    private (int Exit, string Output) _status;
    private (int Exit, string Error) _retire;
    private int _acceptedWhileRotating;
    private Dictionary<Guid, string> _unreadableWithBothKeys = [];
    private Dictionary<Guid, string> _unreadableAfter = [];
    private (IReadOnlyList<Guid> Filings, int Complainants, int SecondHop) _personWithBothKeys;
    private (IReadOnlyList<Guid> Filings, int Complainants, int SecondHop) _personAfter;
    private Dictionary<string, long> _sealedAfterRotate = [];
    private Dictionary<string, long> _rowsAfterRotate = [];
    private Dictionary<string, long> _rowsAfterRetire = [];

    [OneTimeSetUp]
    public async Task Rotate()
    {
        if (storage == "postgres")
            _postgres = await PostgresDatabase.CreateAsync();
        _dataDir = Directory.CreateTempSubdirectory("triage-keys-").FullName;
        var store = KeySets.Storage(storage, _dataDir, _postgres);

        await using (var before = new TriageFactory(store.With(KeySets.OnlyK1)) { KeepDataDir = true })
        {
            using var desk = before.CreateClient("dev-desk-key");
            _personBefore = await KeyedComplaints.SubmitAsync(desk, KeyedComplaints.OfThePerson("before-person"));
            _markers[_personBefore] = "before-person";
            for (var i = 1; i < Before; i++)
                _markers[await KeyedComplaints.SubmitAsync(desk, KeyedComplaints.OfSomeoneElse(i, $"before-{i}"))] = $"before-{i}";
        }

        await using (var both = new TriageFactory(store.With(KeySets.K1AndK2)) { KeepDataDir = true })
        {
            using var desk = both.CreateClient("dev-desk-key");
            _personDuring = await KeyedComplaints.SubmitAsync(desk, KeyedComplaints.OfThePerson("during-person"));
            _markers[_personDuring] = "during-person";
            using var rotate = KeysCli.Start(store.With(KeySets.K1AndK2), "keys", "rotate", "--batch-size", "3", "--data-dir", _dataDir);
            var error = rotate.StandardError.ReadToEndAsync();
            _ = rotate.StandardOutput.ReadToEndAsync();
            var n = 1000;
            while (!rotate.HasExited)
            {
                var marker = $"during-{n}";
                _during[await KeyedComplaints.SubmitAsync(desk, KeyedComplaints.OfSomeoneElse(n++, marker))] = marker;
                if (await KeyedComplaints.RotatingAsync(both.Services))
                    _acceptedWhileRotating++;
            }
            await rotate.WaitForExitAsync();
            _rotate = (rotate.ExitCode, await error);
            foreach (var (id, marker) in _during)
                _markers[id] = marker;
            _unreadableWithBothKeys = await KeyedComplaints.UnreadableAsync(desk, _markers);
            _personWithBothKeys = await KeyedComplaints.PersonAsync(both.Services, _personDuring);
            _sealedAfterRotate = await KeyedComplaints.SealedWithAsync(both.Services);
            _rowsAfterRotate = await KeyedComplaints.IdentifierRowsAsync(both.Services);
            var status = await KeysCli.RunAsync(store.With(KeySets.K1AndK2), "keys", "status", "--data-dir", _dataDir);
            _status = (status.ExitCode, status.Output + status.Error);
        }

        await using (var after = new TriageFactory(store.With(KeySets.OnlyK2)) { KeepDataDir = true })
        {
            var retire = await KeysCli.RunAsync(store.With(KeySets.OnlyK2), "keys", "retire", "k1", "--data-dir", _dataDir);
            _retire = (retire.ExitCode, retire.Error);
            using var desk = after.CreateClient("dev-desk-key");
            _unreadableAfter = await KeyedComplaints.UnreadableAsync(desk, _markers);
            _personAfter = await KeyedComplaints.PersonAsync(after.Services, _personDuring);
            _rowsAfterRetire = await KeyedComplaints.IdentifierRowsAsync(after.Services);
        }
    }

    [OneTimeTearDown]
    public Task Drop() => KeySets.DropAsync(_postgres, _dataDir);

    [Test]
    public void Should_finish_the_rotation_while_complaints_keep_coming_in()
    {
        Assert.That(_rotate.Exit, Is.EqualTo(0), _rotate.Error);
        Assert.That(_acceptedWhileRotating, Is.GreaterThan(0), "complaints were accepted while the rotation ran");
    }

    [Test]
    public void Should_read_every_complaint_with_both_keys_and_after_the_old_one_is_retired()
    {
        Assert.That(_markers, Has.Count.GreaterThan(Before + 1));
        Assert.That(_unreadableWithBothKeys, Is.Empty);
        Assert.That(_unreadableAfter, Is.Empty);
    }

    [Test]
    public void Should_seal_every_complaint_under_the_new_key()
    {
        Assert.That(_sealedAfterRotate, Is.EqualTo(new Dictionary<string, long> { ["k2"] = _markers.Count }));
    }

    [Test]
    public void Should_hash_every_identifier_under_both_keys_until_the_old_one_is_retired()
    {
        Assert.That(_rowsAfterRotate.Keys, Is.EquivalentTo(new[] { "k1", "k2" }));
        Assert.That(_rowsAfterRotate["k2"], Is.EqualTo(_rowsAfterRotate["k1"]));
        Assert.That(_retire.Exit, Is.EqualTo(0), _retire.Error);
        Assert.That(_rowsAfterRetire, Is.EqualTo(new Dictionary<string, long> { ["k2"] = _rowsAfterRotate["k2"] }));
    }

    [Test]
    public void Should_know_the_person_of_an_old_complaint_in_a_new_one_during_the_rotation()
    {
        Assert.That(_personWithBothKeys.Filings, Is.EqualTo(new[] { _personBefore }));
        Assert.That(_personWithBothKeys.Complainants, Is.EqualTo(1));
        Assert.That(_personAfter.SecondHop, Is.Positive);
        Assert.That(_personWithBothKeys.SecondHop, Is.EqualTo(_personAfter.SecondHop),
            "the old complaint's identifiers under the old key as well are not asked about again");
    }

    [Test]
    public void Should_know_the_person_of_an_old_complaint_in_a_new_one_after_the_old_key_is_retired()
    {
        Assert.That(_personAfter.Filings, Is.EqualTo(new[] { _personBefore }));
        Assert.That(_personAfter.Complainants, Is.EqualTo(1));
    }

    [Test]
    public void Should_show_the_keys_in_use_and_the_finished_rotation()
    {
        Assert.That(_status.Exit, Is.EqualTo(0), _status.Output);
        Assert.That(_status.Output, Does.Contain("configured keys: k1, k2 (current k2; identifiers matched under k1")
            .And.Contain($"complaints sealed with: k2 {_markers.Count:N0}")
            .And.Contain("rotation to k2:").And.Contain("finished"));
    }
}
