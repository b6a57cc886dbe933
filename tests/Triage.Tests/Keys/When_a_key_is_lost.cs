using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// Complaints sealed with k1, read by a host and a command line that only know k2: a clear error naming k1.
public class When_a_key_is_lost
{
    private string _dataDir = null!;
    private Guid _id;

    [OneTimeSetUp]
    public async Task SealWithK1()
    {
        _dataDir = Directory.CreateTempSubdirectory("triage-keys-").FullName;
        await using var before = new TriageFactory(KeySets.Storage("sqlite", _dataDir, null).With(KeySets.OnlyK1)) { KeepDataDir = true };
        using var desk = before.CreateClient("dev-desk-key");
        _id = await KeyedComplaints.SubmitAsync(desk, KeyedComplaints.OfSomeoneElse(1, "lost"));
    }

    [OneTimeTearDown]
    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private Dictionary<string, string?> OnlyK2 => KeySets.Storage("sqlite", _dataDir, null).With(KeySets.OnlyK2);

    [Test]
    public async Task Should_answer_the_api_with_a_problem_naming_the_missing_key()
    {
        await using var host = new TriageFactory(OnlyK2) { KeepDataDir = true };
        using var desk = host.CreateClient("dev-desk-key");

        var response = await desk.GetAsync($"/api/v1/complaints/{_id}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body, Does.Contain("'k1'").And.Not.Contain("   at "));
    }

    [Test]
    public void Should_name_the_missing_key_when_opening()
    {
        var k2 = new PersonalDataProtector([new PersonalDataKey("k2", Convert.FromBase64String(KeySets.K2Encryption), Convert.FromBase64String(KeySets.K2Hash))], "k2");
        var k1 = new PersonalDataProtector(Convert.FromBase64String(TestKeys.Encryption), Convert.FromBase64String(TestKeys.Hash));

        var error = Assert.Throws<PersonalDataKeyMissingException>(() => k2.Open(k1.Seal("张三"u8)))!;

        Assert.That(error.KeyId, Is.EqualTo("k1"));
        Assert.That(error, Is.InstanceOf<CryptographicException>());
    }

    [Test]
    public async Task Should_refuse_to_rotate_on_one_line_naming_the_missing_key()
    {
        var (exit, _, error) = await KeysCli.RunAsync(OnlyK2, "keys", "rotate", "--data-dir", _dataDir);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error.Trim().Split('\n').Last(), Does.StartWith("triage keys: error:").Or.StartWith("triage rotate: error:"));
        Assert.That(error, Does.Contain("sealed with key 'k1'").And.Not.Contain("   at "));
    }

    [Test]
    public async Task Should_report_the_missing_key_in_the_status()
    {
        var (exit, output, error) = await KeysCli.RunAsync(OnlyK2, "keys", "status", "--data-dir", _dataDir);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain("complaints sealed with: k1 1"));
        Assert.That(error, Does.Contain("sealed with key k1, which is not configured"));
    }
}
