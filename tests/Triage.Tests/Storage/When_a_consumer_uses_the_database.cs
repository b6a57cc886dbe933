using Microsoft.Data.Sqlite;
using Triage.Storage;

namespace Triage.Tests.Storage;

// Consumers are retried by their endpoint; the handle they use must not retry each call as well.
public class When_a_consumer_uses_the_database
{
    [Test]
    public async Task Should_try_a_busy_database_once_where_the_request_path_retries()
    {
        await using var database = new Database(StorageProvider.Sqlite, "Data Source=:memory:", DatabaseResilience.Create(TimeSpan.FromSeconds(5)));
        var consumers = database.WithoutRetries();
        int requestAttempts = 0, consumerAttempts = 0;

        Assert.ThrowsAsync<SqliteException>(async () => await database.Resilience.ExecuteAsync(_ =>
        {
            requestAttempts++;
            throw new SqliteException("database is locked", 5);
        }));
        Assert.ThrowsAsync<SqliteException>(async () => await consumers.Resilience.ExecuteAsync(_ =>
        {
            consumerAttempts++;
            throw new SqliteException("database is locked", 5);
        }));
        await using var connection = await consumers.OpenAsync();

        Assert.That(requestAttempts, Is.EqualTo(5));
        Assert.That(consumerAttempts, Is.EqualTo(1));
        Assert.That(consumers.Provider, Is.EqualTo(database.Provider));
    }
}
