using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Storage;

// Every list of ids, keys or hashes goes to the database as one parameter (SqlDialect.InList). SQLite takes at most
// 32,766 parameters a statement, so the 36,000 values here bound one parameter each would fail.
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class When_a_list_is_bound(string storage) : StorageFixture(storage)
{
    private const int Rows = 40_000;

    [Test]
    public async Task Should_find_every_row_of_a_list_longer_than_sqlite_takes_parameters()
    {
        var database = Factory.Services.GetRequiredService<Database>();
        var dialect = database.Dialect;
        var rows = Enumerable.Range(0, Rows)
            .Select(i => new { Id = Guid.NewGuid(), Key = $"k{i}", Number = (long)i, Hash = BitConverter.GetBytes(i * 7919L) })
            .ToList();
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync($"CREATE TEMP TABLE listed (id {dialect.Uuid} NOT NULL, k TEXT NOT NULL, n BIGINT NOT NULL, h {dialect.Bytes} NOT NULL)");
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("INSERT INTO listed (id, k, n, h) VALUES (@Id, @Key, @Number, @Hash)", rows, transaction);
            await transaction.CommitAsync();
        }
        var wanted = rows.Where((_, i) => i % 10 != 0).ToList();

        var byId = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM listed WHERE {dialect.InList("id", "@Ids")}",
            new { Ids = dialect.Uuids(wanted.Select(r => r.Id)) });
        var byKey = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM listed WHERE {dialect.InList("k", "@Keys")}",
            new { Keys = dialect.List(wanted.Select(r => r.Key)) });
        var byNumber = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM listed WHERE {dialect.InList("n", "@Numbers")}",
            new { Numbers = dialect.List(wanted.Select(r => r.Number)) });
        var byHash = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM listed WHERE {dialect.InBytes("h", "@Hashes")}",
            new { Hashes = dialect.ByteList(wanted.Select(r => r.Hash)) });

        Assert.That(new[] { byId, byKey, byNumber, byHash }, Is.All.EqualTo(wanted.Count));
    }

    [Test]
    public async Task Should_find_nothing_for_an_empty_list()
    {
        var database = Factory.Services.GetRequiredService<Database>();
        await using var connection = await database.OpenAsync();

        var count = await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM complaints WHERE {database.Dialect.InList("id", "@Ids")}", new { Ids = database.Dialect.Uuids([]) });

        Assert.That(count, Is.Zero);
    }
}
