using Triage.Corpus.Text;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Processes;

public sealed class RepeatRenderer(World world)
{
    private Random Rng => world.Rng;

    public LabelledComplaint Render(Arrival arrival)
    {
        var repeat = (RepeatComplainant)arrival.Owner!;
        var person = repeat.Person;
        var filer = person;
        string? prefix = null;
        // Some file again under a relative's name, but with their own phone or ID number.
        if (repeat.Relative is { } relative && arrival.Member > 0 && Rng.NextDouble() < 0.4)
        {
            filer = repeat.RelativeUsesSameId
                ? person with { Name = relative.Name, Phone = relative.Phone }
                : person with { Name = relative.Name, IdNumber = relative.IdNumber };
            prefix = repeat.Writer.RelativePrefix(Rng);
        }
        var context = new TextContext(person, repeat.Details, arrival.At, repeat.Style.Numbers)
        {
            Extras = new Dictionary<string, string>
            {
                ["count"] = (arrival.Member + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["target"] = person.Name, ["familyRole"] = repeat.RelativeRole, ["pronoun"] = person.Male ? "他" : "她",
            },
        };
        var text = repeat.Writer.Repeat(Rng, context, arrival.Member, repeat.Planned, repeat.Stock, repeat.Style, prefix);
        text = repeat.Writer.ForChannel(Rng, text, arrival.Channel, context);
        return world.Emit(arrival, Cards.Complainant(Rng, filer, arrival.Channel), null,
            world.Product(repeat.Details.Product), world.DeskCategory(repeat.Category), text,
            Cards.Origin(Rng, arrival.Channel, person.Ip, person.DeviceId), ComplaintKind.Repeat, person.Id);
    }
}
