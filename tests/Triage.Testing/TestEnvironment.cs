using Npgsql;
using RabbitMQ.Client;

namespace Triage.Testing;

public static class TestEnvironment
{
    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string RepoRoot
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("TRIAGE_REPO_ROOT");
            if (!string.IsNullOrEmpty(fromEnv))
                return fromEnv;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triage.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Triage.sln).");
        }
    }

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

    public static string RabbitMqUri()
    {
        var uri = Environment.GetEnvironmentVariable("TRIAGE_TEST_RABBITMQ");
        if (string.IsNullOrEmpty(uri))
            Unavailable("RabbitMQ", "TRIAGE_TEST_RABBITMQ is not set; run ./test.sh, which starts a throwaway broker");
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(uri!) };
            using var connection = factory.CreateConnectionAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            Unavailable("RabbitMQ", $"cannot connect with TRIAGE_TEST_RABBITMQ: {exception.Message}");
        }
        return uri!;
    }

    // Under CI a missing service is a failure, never a skip.
    public static void Unavailable(string service, string why)
    {
        var message = $"{service} is required by this test: {why}.";
        if (IsCi)
            Assert.Fail(message);
        Assert.Ignore(message);
    }
}
