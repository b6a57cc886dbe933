namespace Triage.Corpus.Synthetic;

// Kind is "ring" (a filling of an agent's template), "incident" (honest, one shared topic) or "genuine"; Group names
// the ring or incident.
public sealed record SyntheticComplaint(Guid Id, string Owner, DateTimeOffset ReceivedAt, string Text, string Kind, int Group);
