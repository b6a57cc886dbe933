using Triage.Messaging;

namespace Triage.Tests.Messaging;

public class When_the_broker_address_names_a_cluster
{
    [Test]
    public void Should_read_one_broker_as_before()
    {
        var nodes = RabbitMqNodes.Parse("amqp://triage:triage@127.0.0.1:5672/");

        Assert.That(nodes.IsCluster, Is.False);
        Assert.That(nodes.Address, Is.EqualTo(new Uri("amqp://triage:triage@127.0.0.1:5672/")));
        Assert.That(nodes.Nodes.Select(n => $"{n.HostName}:{n.Port}"), Is.EqualTo(new[] { "127.0.0.1:5672" }));
    }

    [Test]
    public void Should_read_every_node_after_the_first_uri()
    {
        var nodes = RabbitMqNodes.Parse("amqp://triage:triage@127.0.0.1:5791/, 127.0.0.1:5792,amqp://triage:triage@127.0.0.1:5793/");

        Assert.That(nodes.IsCluster, Is.True);
        Assert.That(nodes.Address.UserInfo, Is.EqualTo("triage:triage"));
        Assert.That(nodes.Nodes.Select(n => $"{n.HostName}:{n.Port}"), Is.EqualTo(new[] { "127.0.0.1:5791", "127.0.0.1:5792", "127.0.0.1:5793" }));
    }

    [TestCase("")]
    [TestCase("127.0.0.1:5672")]
    [TestCase("http://127.0.0.1:5672/")]
    [TestCase("amqp://127.0.0.1:5672/,127.0.0.1")]
    [TestCase("amqp://127.0.0.1:5672/,127.0.0.1:99999")]
    public void Should_refuse_an_address_it_cannot_connect_to(string value)
    {
        Assert.That(RabbitMqNodes.TryParse(value, out _), Is.False);
    }
}
