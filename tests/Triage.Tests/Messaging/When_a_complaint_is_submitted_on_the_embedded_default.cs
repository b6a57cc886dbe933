using Triage.Tests.Infrastructure;

namespace Triage.Tests.Messaging;

public class When_a_complaint_is_submitted_on_the_embedded_default
{
    [Test]
    public async Task Should_publish_complaint_received_once_with_ids_only()
    {
        await using var factory = TriageFactory.Sqlite();
        using var client = factory.CreateClient("dev-desk-key");
        await using var received = await ReceivedMessages.SubscribeAsync(factory.Services);
        var complaint = SampleComplaints.Valid();

        var id = Guid.Parse((await (await client.PostJsonAsync("/api/v1/complaints", complaint)).JsonAsync()).GetProperty("id").GetString()!);
        await client.PostJsonAsync("/api/v1/complaints", complaint);
        var arrived = await Eventually.HoldsAsync(() => received.All.Any(m => m.Message.ComplaintId == id), TimeSpan.FromSeconds(15));
        await Task.Delay(500);

        Assert.That(arrived, Is.True);
        var messages = received.All.Where(m => m.Message.ComplaintId == id).ToList();
        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That(messages[0].Message.ExternalId, Is.EqualTo(complaint["externalId"]!.GetValue<string>()));
        Assert.That(messages[0].Message.Channel, Is.EqualTo("regulator"));
        Assert.That(messages[0].Message.ReceivedAt, Is.EqualTo(DateTimeOffset.Parse("2026-11-20T09:13:00+08:00")));
        Assert.That(messages[0].Raw, Does.Contain(id.ToString()));
        Assert.That(messages[0].Raw, Does.Not.Contain(SampleComplaints.Phone).And.Not.Contain(SampleComplaints.IdNumber).And.Not.Contain("张三"));
    }
}
