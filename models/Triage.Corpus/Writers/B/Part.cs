namespace Triage.Corpus.Writers.B;

internal enum Role { Head, Identity, Entrust, Hardship, Attitude, Grievance, Law, Demands, Contact, Threat, Deadline, Pad, Sign }

// A section of an outfit's template. Optional sections are the ones a spinning outfit may leave out of a copy.
internal sealed record Part(Role Role, Frame Frame)
{
    public bool Optional => Role is Role.Head or Role.Attitude or Role.Grievance or Role.Law or Role.Pad or Role.Deadline or Role.Sign;

    public bool OfAgent => Role is Role.Entrust or Role.Contact;
}
