using Triage.Corpus.Text;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Processes;

public sealed class HonestRenderer(World world)
{
    private static readonly (string, double)[] WaiverCategories = [("fees", 40), ("collection", 35), ("other", 15), ("credit-report", 10)];

    private readonly RepresentedRenderer represented = new(world);

    private Random Rng => world.Rng;

    public LabelledComplaint Render(Arrival arrival) => arrival.Kind switch
    {
        ComplaintKind.HonestWaiver => FirstFiling(arrival, ComplaintKind.HonestWaiver),
        ComplaintKind.HonestRepresented => Represented(arrival),
        ComplaintKind.FollowUp => FollowUp(arrival),
        ComplaintKind.CrossChannelCopy => Copy(arrival),
        _ => FirstFiling(arrival, ComplaintKind.Genuine),
    };

    private LabelledComplaint FirstFiling(Arrival arrival, string kind)
    {
        var person = world.People.Create(Rng);
        var writer = world.WriterFor(person.Id);
        var details = CaseDetailsFactory.Create(Rng, arrival.At);
        var style = WritingStyle.Create(Rng, person.AgeAt(arrival.At));
        var category = kind == ComplaintKind.HonestWaiver ? Channels.Pick(Rng, WaiverCategories) : world.HonestCategory();
        var context = new TextContext(person, details, arrival.At, style.Numbers);
        var text = kind == ComplaintKind.HonestWaiver
            ? writer.Waiver(Rng, context, style)
            : writer.Genuine(Rng, context, category, style);
        var item = world.Emit(arrival,
            Cards.Complainant(Rng, person, arrival.Channel, world.BranchPhone()), null,
            world.Product(details.Product), world.DeskCategory(category), writer.ForChannel(Rng, text, arrival.Channel, context),
            Cards.Origin(Rng, arrival.Channel, person.Ip, person.DeviceId), kind, person.Id);
        world.Remember(new HonestCase(person, details, style, category, writer)
        {
            FirstAt = arrival.At, FirstExternalId = item.Label.ExternalId, FirstChannel = arrival.Channel, FirstText = text,
            Product = item.Complaint.Product,
        });
        return item;
    }

    private LabelledComplaint FollowUp(Arrival arrival)
    {
        var found = world.FollowUps.Find(Rng, world.Day(arrival.At), 1, 45, c =>
            c.Filings < 3 && arrival.At - c.FirstAt > TimeSpan.FromDays(1.5) && arrival.At - c.FirstAt < TimeSpan.FromDays(45));
        if (found is null)
            return FirstFiling(arrival with { Kind = ComplaintKind.Genuine }, ComplaintKind.Genuine);
        found.Filings++;
        if (Rng.NextDouble() < 0.5)
            arrival = arrival with { Channel = found.FirstChannel };
        var context = new TextContext(found.Person, found.Details, arrival.At, found.Style.Numbers)
        {
            FirstDate = Dates.Format(found.FirstAt, found.Style.Numbers / 6),
            Ticket = Rng.NextDouble() < 0.6 ? found.FirstExternalId : "GD" + found.FirstAt.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + Rng.Next(1000, 9999),
        };
        var text = found.Writer.ForChannel(Rng, found.Writer.FollowUp(Rng, context, found.Category, found.Style), arrival.Channel, context);
        var person = found.Person;
        return world.Emit(arrival, Cards.Complainant(Rng, person, arrival.Channel), null, found.Product,
            world.DeskCategory(found.Category), text, Cards.Origin(Rng, arrival.Channel, person.Ip, person.DeviceId),
            ComplaintKind.FollowUp, person.Id);
    }

    private LabelledComplaint Copy(Arrival arrival)
    {
        var found = world.Copies.Find(Rng, world.Day(arrival.At), 0, 6, c =>
            !c.Copied && arrival.At - c.FirstAt > TimeSpan.FromHours(3) && arrival.At - c.FirstAt < TimeSpan.FromDays(6));
        if (found is null)
            return FirstFiling(arrival with { Kind = ComplaintKind.Genuine }, ComplaintKind.Genuine);
        found.Copied = true;
        if (arrival.Channel == found.FirstChannel)
            arrival = arrival with { Channel = "regulator" };
        var context = new TextContext(found.Person, found.Details, arrival.At, found.Style.Numbers);
        var text = found.Writer.Copy(Rng, context, found.FirstText);
        var person = found.Person;
        return world.Emit(arrival, Cards.Complainant(Rng, person, arrival.Channel), null, found.Product,
            world.DeskCategory(found.Category), text, Cards.Origin(Rng, arrival.Channel, person.Ip, person.DeviceId),
            ComplaintKind.CrossChannelCopy, person.Id);
    }

    private LabelledComplaint Represented(Arrival arrival) =>
        Rng.NextDouble() < 0.45 ? represented.Lawyer(arrival) : represented.Family(arrival);
}
