using Triage.Corpus.People;
using Triage.Corpus.Text;
using Triage.Corpus.Wire;
using Triage.Corpus.Writers;

namespace Triage.Corpus.Processes;

public sealed class RepresentedRenderer(World world)
{
    private Random Rng => world.Rng;

    public LabelledComplaint Lawyer(Arrival arrival)
    {
        arrival = arrival with { Channel = Channels.Pick(Rng, Channels.Lawyer) };
        var person = world.People.Create(Rng);
        var details = CaseDetailsFactory.Create(Rng, arrival.At);
        var category = world.HonestCategory();
        var lawyer = world.Lawyers.Pick(Rng);
        var context = new TextContext(person, details, arrival.At, Rng.Next(0, 36)) { LawFirm = lawyer.Firm, Lawyer = lawyer.Lawyer };
        var writer = world.WriterFor(person.Id);
        var text = writer.Lawyer(Rng, context, category);
        var representative = new Representative(lawyer.Lawyer, lawyer.Phone, lawyer.Firm, "lawyer");
        return Emit(arrival, person, details, category, text, representative, lawyer.Ip, null, WritingStyle.Formal(Rng), writer);
    }

    public LabelledComplaint Family(Arrival arrival)
    {
        arrival = arrival with { Channel = Channels.Pick(Rng, Channels.Family) };
        var family = Text.Family.All[Rng.Next(Text.Family.All.Length)];
        var age = family.BorrowerOld ? Rng.Next(56, 78) : PersonFactory.Age(Rng);
        var borrower = world.People.Create(Rng, family.BorrowerMale, age, null);
        var writerAge = family.BorrowerOld ? Rng.Next(25, Math.Max(26, age - 18)) : age + Rng.Next(-4, 5);
        var writer = world.People.Create(Rng, family.WriterMale, writerAge, family.SameSurname ? ChineseNames.SurnameOf(borrower.Name) : null);
        var details = CaseDetailsFactory.Create(Rng, arrival.At);
        var category = world.HonestCategory();
        var style = WritingStyle.Create(Rng, writerAge);
        var pronoun = family.BorrowerMale ? "他" : "她";
        var reason = family.Reason(Rng);
        var context = new TextContext(borrower, details, arrival.At, style.Numbers)
        {
            Extras = new Dictionary<string, string>
            {
                ["familyRole"] = family.WriterRole, ["familyRole2"] = family.BorrowerRole,
                ["familyReason"] = reason, ["familyReason2"] = pronoun + reason, ["pronoun"] = pronoun,
            },
        };
        var hand = world.WriterFor(borrower.Id);
        var text = hand.ForChannel(Rng, hand.Family(Rng, context, category, style, pronoun), arrival.Channel, context);
        var representative = new Representative(writer.Name, writer.Phone, null, "family");
        return Emit(arrival, borrower, details, category, text, representative, writer.Ip, writer.DeviceId, style, hand);
    }

    private LabelledComplaint Emit(Arrival arrival, Person person, CaseDetails details, string category, string text,
        Representative representative, string ip, string? device, WritingStyle style, IComplaintWriter hand)
    {
        var item = world.Emit(arrival, Cards.Complainant(Rng, person, arrival.Channel), representative,
            world.Product(details.Product), world.DeskCategory(category), text,
            Cards.Origin(Rng, arrival.Channel, ip, device ?? Networks.Device(Rng)), ComplaintKind.HonestRepresented, person.Id);
        world.FollowUps.Add(Rng, world.Day(arrival.At), new HonestCase(person, details, style, category, hand)
        {
            FirstAt = arrival.At, FirstExternalId = item.Label.ExternalId, FirstChannel = arrival.Channel, FirstText = text,
            Product = item.Complaint.Product,
        });
        return item;
    }
}
