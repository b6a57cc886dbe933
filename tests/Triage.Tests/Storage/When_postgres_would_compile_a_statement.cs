using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Storage;

// PostgreSQL's JIT compiles a statement whose estimated cost passes jit_above_cost, at up to about half a second of CPU a
// call: more than any of Triage's statements runs. Triage's connections turn it off unless the connection string's Options
// set jit themselves.
[TestFixture("postgres")]
public class When_postgres_would_compile_a_statement(string storage) : StorageFixture(storage)
{
    [Test]
    public async Task Should_not_compile_it_on_the_service_connections()
    {
        var database = Factory.Services.GetRequiredService<Database>();

        Assert.That(await SettingAsync(database), Is.EqualTo("off"));
    }

    [Test]
    public async Task Should_keep_the_setting_a_connection_string_gives()
    {
        await using var database = new Database(StorageProvider.Postgres, Postgres!.ConnectionString + ";Options=-c jit=on", ResiliencePipeline.Empty);

        Assert.That(await SettingAsync(database), Is.EqualTo("on"));
    }

    [Test]
    public async Task Should_keep_the_other_options_a_connection_string_gives()
    {
        await using var database = new Database(StorageProvider.Postgres, Postgres!.ConnectionString + ";Options=-c work_mem=7MB -c jit_above_cost=500000",
            ResiliencePipeline.Empty);
        await using var connection = await database.OpenAsync();

        var jit = await connection.ExecuteScalarAsync<string>("SHOW jit");
        var workMem = await connection.ExecuteScalarAsync<string>("SHOW work_mem");
        var bar = await connection.ExecuteScalarAsync<string>("SHOW jit_above_cost");

        Assert.Multiple(() =>
        {
            Assert.That(jit, Is.EqualTo("off"), "jit_above_cost is not a jit setting");
            Assert.That(workMem, Is.EqualTo("7MB"));
            Assert.That(bar, Is.EqualTo("500000"));
        });
    }

    private static async Task<string?> SettingAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>("SHOW jit");
    }
}
