using Triage.Testing;

namespace Triage.Tests.Infrastructure;

// The three-node RabbitMQ cluster of deploy/local/rabbitmq.sh (cluster-start), on the AMQP ports from
// TRIAGE_RABBITMQ_CLUSTER_PORT (default 5681) and the two after it, apart from the single node ./test.sh starts.
public sealed class BrokerCluster : IAsyncDisposable
{
    private BrokerCluster(string uri) => Uri = uri;

    // Triage:Bus:RabbitMq for every node: node 1 as a URI, then the others.
    public string Uri { get; }

    public static async Task<BrokerCluster> StartAsync()
    {
        var (exitCode, _, error) = await RabbitMqScript.TryRunAsync("cluster-start");
        if (exitCode != 0)
        {
            await RabbitMqScript.TryRunAsync("cluster-stop");
            TestEnvironment.Unavailable("A three-node RabbitMQ cluster", $"rabbitmq.sh cluster-start failed ({exitCode}): {error}");
        }
        var env = await RabbitMqScript.RunAsync("cluster-env");
        return new BrokerCluster(env.Trim().Split('=', 2)[1].Trim('"'));
    }

    public Task KillNodeAsync(int node) => RabbitMqScript.RunAsync("kill-node", node.ToString());

    // What the script said while the node came back (how long each step took).
    public async Task<string> StartNodeAsync(int node)
    {
        var (exitCode, output, error) = await RabbitMqScript.TryRunAsync("start-node", node.ToString());
        return exitCode == 0 ? error : throw new InvalidOperationException($"rabbitmq.sh start-node {node} failed ({exitCode}): {output} {error}");
    }

    public async Task<bool> AllRunningAsync() => (await RabbitMqScript.TryRunAsync("cluster-status")).ExitCode == 0;

    // Node number (1..3) of the node that leads each queue, with its type and durability.
    public async Task<IReadOnlyList<ClusterQueue>> QueuesAsync() =>
        (await RabbitMqScript.RunAsync("cluster-queues"))
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split('\t'))
        .Where(columns => columns.Length >= 5)
        .Select(columns => new ClusterQueue(columns[0], columns[1], columns[2] == "true", NodeOf(columns[3]), long.TryParse(columns[4], out var n) ? n : 0))
        .ToList();

    public async ValueTask DisposeAsync() => await RabbitMqScript.TryRunAsync("cluster-stop");

    private static int NodeOf(string erlangNode)
    {
        var port = int.TryParse(erlangNode.Split('@')[0].Split('-').Last(), out var p) ? p : 0;
        return port == 0 ? 0 : port - ClusterPort + 1;
    }

    private static int ClusterPort =>
        int.TryParse(Environment.GetEnvironmentVariable("TRIAGE_RABBITMQ_CLUSTER_PORT"), out var port) ? port : 5681;
}
