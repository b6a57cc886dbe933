using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Triage.LoadTest;

// Stands in for a downstream service: a queue bound to the ComplaintReceived exchange, counting what arrives.
public sealed class DeliveryCounter : IAsyncDisposable
{
    private const string Exchange = "Triage.Contracts:ComplaintReceived";
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private long _delivered;

    private DeliveryCounter(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public long Delivered => Interlocked.Read(ref _delivered);

    public static async Task<DeliveryCounter> StartAsync(Uri broker)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true);
        var queue = (await channel.QueueDeclareAsync($"triage-loadtest-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, Exchange, "");
        var counter = new DeliveryCounter(connection, channel, queue);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, _) =>
        {
            Interlocked.Increment(ref counter._delivered);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return counter;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.QueueDeleteAsync(_queue, ifUnused: false, ifEmpty: false);
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
