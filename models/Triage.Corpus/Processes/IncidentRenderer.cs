using Triage.Corpus.Text;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Processes;

public sealed class IncidentRenderer(World world)
{
    private Random Rng => world.Rng;

    public LabelledComplaint Render(Arrival arrival)
    {
        var incident = (Incident)arrival.Owner!;
        var person = world.People.Create(Rng);
        var details = CaseDetailsFactory.Create(Rng, arrival.At) with { App = incident.App };
        var style = WritingStyle.Create(Rng, person.AgeAt(arrival.At));
        var context = new TextContext(person, details, arrival.At, style.Numbers) { IncidentAt = incident.At };
        var writer = world.WriterFor(person.Id);
        var text = writer.ForChannel(Rng, writer.Incident(Rng, context, incident.Type, style), arrival.Channel, context);
        var item = world.Emit(arrival, Cards.Complainant(Rng, person, arrival.Channel, world.BranchPhone()), null,
            world.Product(details.Product), world.DeskCategory(incident.Category), text,
            Cards.Origin(Rng, arrival.Channel, person.Ip, person.DeviceId), ComplaintKind.Incident, incident.Id);
        world.Remember(new HonestCase(person, details, style, incident.Category, writer)
        {
            FirstAt = arrival.At, FirstExternalId = item.Label.ExternalId, FirstChannel = arrival.Channel, FirstText = text,
            Product = item.Complaint.Product,
        });
        return item;
    }
}
