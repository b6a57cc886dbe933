using System.Globalization;
using Triage.Complaints;
using Triage.Corpus.Wire;
using Triage.Intake;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Links;
using Triage.Signals.Text;
using Triage.Storage;

namespace Triage.BulkLoad;

// A generated complaint through intake's own code: the wire format, NewComplaint (sealed personal data, keyed hashes).
public sealed class ComplaintFactory(PersonalDataProtector protector)
{
    public LoadedComplaint Create(Complaint complaint)
    {
        var submission = new ComplaintSubmission(
            complaint.ExternalId, complaint.Channel, complaint.ReceivedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            new ComplainantSubmission(complaint.Complainant.Name, complaint.Complainant.Phone, complaint.Complainant.IdNumber,
                complaint.Complainant.CustomerId, complaint.Complainant.Email),
            complaint.Representative is { } r ? new RepresentativeSubmission(r.Name, r.Phone, r.Organization, r.Relation) : null,
            complaint.Product, complaint.Category, complaint.Text,
            complaint.Origin is { } o ? new OriginSubmission(o.Ip, o.DeviceId) : null);
        // Submitted as it was received: the complaint's id is a version 7 uuid of its arrival.
        var stored = NewComplaint.From(submission, protector, complaint.ReceivedAt);
        var facts = new ComplaintFacts(stored.Id, stored.ExternalId, stored.ReceivedAt, stored.Channel, stored.Category, complaint.Text.Trim(),
            stored.RepresentativeRelation, LawFirms.Named(complaint.Representative?.Organization), stored.Identifiers);
        return new LoadedComplaint(stored, facts, ComplainantKey.For(facts), TextFingerprinter.Default.Fingerprint(facts.Text));
    }
}
