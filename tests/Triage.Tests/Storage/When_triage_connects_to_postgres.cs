using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Storage;

// Two server settings Triage's PostgreSQL connections take unless the connection string gives its own:
// - no JIT: PostgreSQL compiles a statement whose estimated cost passes jit_above_cost, at up to about half a second of CPU
//   a call, more than any of Triage's statements runs;
// - statements prepared once a connection: a text run again is parsed and planned once, not once a call.
[TestFixture("postgres")]
public class When_triage_connects_to_postgres(string storage) : StorageFixture(storage)
{
    private const string Statement = "SELECT COUNT(*) FROM complaints WHERE id = ANY(@Ids) AND status <> 'prepared-check'";

    [Test]
    public async Task Should_not_compile_statements_on_the_service_connections()
    {
        var database = Factory.Services.GetRequiredService<Database>();

        Assert.That(await JitAsync(database), Is.EqualTo("off"));
    }

    [Test]
    public async Task Should_keep_the_jit_setting_a_connection_string_gives()
    {
        await using var database = new Database(StorageProvider.Postgres, Postgres!.ConnectionString + ";Options=-c jit=on", ResiliencePipeline.Empty);

        Assert.That(await JitAsync(database), Is.EqualTo("on"));
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

    [Test]
    public async Task Should_prepare_a_statement_that_a_service_connection_runs_again()
    {
        var database = Factory.Services.GetRequiredService<Database>();

        Assert.That(await PreparedAfterRunningAsync(database), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_prepare_it_beside_the_other_settings_a_connection_string_gives()
    {
        await using var database = new Database(StorageProvider.Postgres, Postgres!.ConnectionString + ";Options=-c work_mem=7MB", ResiliencePipeline.Empty);

        Assert.That(await PreparedAfterRunningAsync(database), Is.EqualTo(1));
    }

    [TestCase("Max Auto Prepare=0")]
    [TestCase("MaxAutoPrepare=0")]
    public async Task Should_keep_the_preparing_setting_a_connection_string_names(string setting)
    {
        await using var database = new Database(StorageProvider.Postgres, Postgres!.ConnectionString + ";" + setting, ResiliencePipeline.Empty);

        Assert.That(await PreparedAfterRunningAsync(database), Is.Zero);
    }

    private static async Task<string?> JitAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>("SHOW jit");
    }

    // The statement three times on one connection, then the server's list of that session's prepared statements.
    private static async Task<long> PreparedAfterRunningAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        for (var i = 0; i < 3; i++)
            await connection.ExecuteScalarAsync<long>(Statement, new { Ids = new[] { Guid.NewGuid() } });
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE '%prepared-check%' AND statement NOT LIKE '%pg_prepared_statements%'");
    }
}
