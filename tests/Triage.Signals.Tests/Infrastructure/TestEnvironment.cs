using Npgsql;

namespace Triage.Signals.Tests.Infrastructure;

// As in Triage.Tests: under CI a missing PostgreSQL fails the test; on a developer's machine it is skipped, saying why.
public static class TestEnvironment
{
    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string PostgresConnectionString()
    {
        var connectionString = Environment.GetEnvironmentVariable("TRIAGE_TEST_POSTGRES");
        if (string.IsNullOrEmpty(connectionString))
            Unavailable("PostgreSQL", "TRIAGE_TEST_POSTGRES is not set; run ./test.sh, which starts a throwaway server");
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
        }
        catch (Exception exception)
        {
            Unavailable("PostgreSQL", $"cannot connect with TRIAGE_TEST_POSTGRES: {exception.Message}");
        }
        return connectionString!;
    }

    private static void Unavailable(string service, string why)
    {
        var message = $"{service} is required by this test: {why}.";
        if (IsCi)
            Assert.Fail(message);
        Assert.Ignore(message);
    }
}
