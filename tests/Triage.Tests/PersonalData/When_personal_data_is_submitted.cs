using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.PersonalData;

[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_personal_data_is_submitted(string storage) : StorageFixture(storage)
{
    private static readonly string[] Secrets = [SampleComplaints.Phone, SampleComplaints.IdNumber, SampleComplaints.RepresentativePhone, "zhangsan@example.cn"];

    private ReceivedMessages _received = null!;
    private List<Guid> _ids = [];

    [OneTimeSetUp]
    public async Task Submit()
    {
        _received = await ReceivedMessages.SubscribeAsync(Factory.Services);
        using var client = Factory.CreateClient("dev-desk-key");
        for (var i = 0; i < 5; i++)
            _ids.Add(Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", SampleComplaints.Valid())).JsonAsync()).GetProperty("id").GetString()!));
        var batch = new System.Text.Json.Nodes.JsonArray(SampleComplaints.Valid(), SampleComplaints.Valid());
        await client.PostJsonAsync("/api/v1/complaints/batch", batch);
        await client.GetAsync($"/api/v1/complaints/{_ids[0]}");
        await client.GetAsync("/api/v1/complaints?limit=10");
        await Eventually.HoldsAsync(() => _ids.All(id => _received.All.Any(m => m.Message.ComplaintId == id)), TimeSpan.FromSeconds(20));
    }

    [OneTimeTearDown]
    public async Task Unsubscribe() => await _received.DisposeAsync();

    [Test]
    public async Task Should_keep_no_plain_phone_or_id_number_in_the_database()
    {
        var stored = Storage == "postgres" ? await PostgresTablesAsText() : SqliteFilesAsText();

        Assert.That(stored.Length, Is.GreaterThan(1000), "the stored data was read");
        foreach (var secret in Secrets)
            Assert.That(stored, Does.Not.Contain(secret).And.Not.Contain(Hex(secret)), $"{secret} is stored in plain text");
    }

    [Test]
    public async Task Should_keep_a_keyed_hash_that_matches_the_same_phone_across_complaints()
    {
        var database = Factory.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();

        var hashes = (await connection.QueryAsync<byte[]>("SELECT complainant_phone_hash FROM complaints")).ToList();
        var protector = Factory.Services.GetRequiredService<PersonalDataProtector>();

        Assert.That(hashes, Has.Count.GreaterThanOrEqualTo(7));
        Assert.That(hashes.Select(Convert.ToHexString).Distinct().Count(), Is.EqualTo(1));
        Assert.That(hashes[0], Is.EqualTo(protector.Hash("phone", SampleComplaints.Phone)));
        Assert.That(hashes[0], Is.Not.EqualTo(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(SampleComplaints.Phone))));
    }

    [Test]
    public void Should_write_no_phone_or_id_number_to_the_logs()
    {
        var logs = string.Join("\n", Factory.Logs.Lines);

        Assert.That(logs, Does.Contain(_ids[0].ToString()), "the logs were captured");
        foreach (var secret in Secrets)
            Assert.That(logs, Does.Not.Contain(secret));
    }

    [Test]
    public void Should_publish_no_phone_or_id_number()
    {
        var bodies = _received.All.Select(m => m.Raw).ToList();

        Assert.That(bodies, Has.Count.GreaterThanOrEqualTo(_ids.Count));
        foreach (var secret in Secrets.Append("张三").Append("李四"))
            Assert.That(bodies, Has.None.Contains(secret));
    }

    private string SqliteFilesAsText()
    {
        var files = Directory.GetFiles(Factory.DataDir, "triage.db*");
        var bytes = files.SelectMany(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }).ToArray();
        return Encoding.Latin1.GetString(bytes) + Encoding.UTF8.GetString(bytes);
    }

    private async Task<string> PostgresTablesAsText()
    {
        await using var connection = new Npgsql.NpgsqlConnection(Postgres!.ConnectionString);
        await connection.OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        var text = new StringBuilder();
        foreach (var table in tables)
            text.AppendJoin('\n', await connection.QueryAsync<string>($"SELECT t::text FROM \"{table}\" t"));
        return text.ToString();
    }

    private static string Hex(string value) => Convert.ToHexString(Encoding.UTF8.GetBytes(value)).ToLowerInvariant();
}
