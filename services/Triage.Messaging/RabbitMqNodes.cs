using RabbitMQ.Client;

namespace Triage.Messaging;

// Triage:Bus:RabbitMq as a list: the first entry is a full amqp:// URI (credentials, virtual host), the others name
// further nodes of the same cluster as URIs or host:port. One entry is a single broker, as before.
public sealed record RabbitMqNodes(Uri Address, IReadOnlyList<AmqpTcpEndpoint> Nodes)
{
    private static readonly char[] Separators = [',', ';', ' '];

    public bool IsCluster => Nodes.Count > 1;

    public static RabbitMqNodes Parse(string value)
    {
        var entries = value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length == 0 || !Uri.TryCreate(entries[0], UriKind.Absolute, out var address) || !IsAmqp(address))
            throw new FormatException("Triage:Bus:RabbitMq must start with an amqp:// or amqps:// URI.");
        return new RabbitMqNodes(address, entries.Select((entry, i) => i == 0 ? Endpoint(address) : Node(entry, address)).ToList());
    }

    public static bool TryParse(string value, out RabbitMqNodes? nodes)
    {
        try
        {
            nodes = Parse(value);
            return true;
        }
        catch (FormatException)
        {
            nodes = null;
            return false;
        }
    }

    private static AmqpTcpEndpoint Node(string entry, Uri first)
    {
        if (entry.Contains("://", StringComparison.Ordinal))
            return Uri.TryCreate(entry, UriKind.Absolute, out var uri) && IsAmqp(uri)
                ? Endpoint(uri)
                : throw new FormatException($"Triage:Bus:RabbitMq: '{entry}' is not an amqp:// URI.");
        var colon = entry.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(entry[(colon + 1)..], out var port) || port is < 1 or > 65535)
            throw new FormatException($"Triage:Bus:RabbitMq: '{entry}' is neither an amqp:// URI nor host:port.");
        return new AmqpTcpEndpoint(entry[..colon], port, new SslOption { Enabled = first.Scheme == "amqps", ServerName = entry[..colon] });
    }

    private static AmqpTcpEndpoint Endpoint(Uri uri) => new(uri);

    private static bool IsAmqp(Uri uri) => uri.Scheme is "amqp" or "amqps" && !string.IsNullOrEmpty(uri.Host);
}
