using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Testing;
using Triage.Tests.Clusters;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// A scored and clustered ring under k1, rotated to k2 and k1 retired: the links that explain its cluster and the
// near-duplicate index's owners are rewritten under k2, so the review still finds the shared identifiers.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_clustered_store_is_rotated(string storage)
{
    private PostgresDatabase? _postgres;
    private string _dataDir = null!;
    private (int Exit, string Error) _rotate;
    private (int Exit, string Error) _retire;
    private List<(byte[] Hash, long UnderK2)> _links = [];
    private List<(long Owner, string? Complainant)> _owners = [];

    [OneTimeSetUp]
    public async Task RotateARing()
    {
        if (storage == "postgres")
            _postgres = await PostgresDatabase.CreateAsync();
        _dataDir = Directory.CreateTempSubdirectory("triage-keys-").FullName;
        var store = KeySets.Storage(storage, _dataDir, _postgres).With(new() { ["Triage:Roles"] = "all" });
        await using (var before = new TriageFactory(store.With(KeySets.OnlyK1)) { KeepDataDir = true })
        {
            using var desk = before.CreateClient("dev-desk-key");
            var ids = new List<Guid>();
            foreach (var complaint in Ring.Complaints(Ring.AgentPhone(), Ring.NextDay()))
                ids.Add(await KeyedComplaints.SubmitAsync(desk, complaint));
            foreach (var id in ids)
                Assert.That(await Eventually.HoldsAsync(async () =>
                    (await (await desk.GetAsync($"/api/v1/complaints/{id}")).JsonAsync()).GetProperty("status").GetString() == "routed", TimeSpan.FromSeconds(90)), Is.True);
        }
        var rotate = await KeysCli.RunAsync(store.With(KeySets.K1AndK2), "keys", "rotate", "--data-dir", _dataDir);
        _rotate = (rotate.ExitCode, rotate.Error);
        var retire = await KeysCli.RunAsync(store.With(KeySets.OnlyK2), "keys", "retire", "k1", "--data-dir", _dataDir);
        _retire = (retire.ExitCode, retire.Error);
        await using var after = new TriageFactory(store.With(KeySets.OnlyK2).With(new() { ["Triage:Roles"] = "intake" })) { KeepDataDir = true };
        await using var connection = await after.Services.GetRequiredService<Database>().OpenAsync();
        _links = (await connection.QueryAsync<(byte[], long)>(
            """
            SELECT l.identifier_hash, (SELECT COUNT(*) FROM complaint_identifiers i WHERE i.identifier_hash = l.identifier_hash AND i.key_id = 'k2')
            FROM cluster_links l WHERE l.identifier_hash IS NOT NULL
            """)).ToList();
        _owners = (await connection.QueryAsync<(long, string?)>(
            """
            SELECT s.owner_hash, (SELECT MIN(i.complainant_key) FROM complaint_identifiers i WHERE i.complaint_id = s.complaint_id AND i.key_id = 'k2')
            FROM near_duplicate_signatures s
            """)).ToList();
    }

    [OneTimeTearDown]
    public Task Drop() => KeySets.DropAsync(_postgres, _dataDir);

    [Test]
    public void Should_rewrite_every_link_hash_under_the_new_key()
    {
        Assert.That(_rotate.Exit, Is.EqualTo(0), _rotate.Error);
        Assert.That(_retire.Exit, Is.EqualTo(0), _retire.Error);
        Assert.That(_links, Is.Not.Empty, "the ring was linked by its agent phone and organisation");
        Assert.That(_links.Where(l => l.UnderK2 == 0), Is.Empty);
    }

    [Test]
    public void Should_rewrite_every_near_duplicate_owner_under_the_new_key()
    {
        Assert.That(_owners, Is.Not.Empty, "the ring's texts were indexed");
        Assert.That(_owners.Where(o => o.Complainant is null || o.Owner != Owner(o.Complainant)), Is.Empty);
    }

    // OwnerKey.Hash: the first 8 bytes of SHA-256 of the complainant key.
    private static long Owner(string complainant) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(complainant)));
}
