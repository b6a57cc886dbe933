namespace Triage.Benchmarks;

// The fields of the wire format (docs/wire-format.md) that the near-duplicate index needs.
public sealed record WireComplaint(string? ExternalId, DateTimeOffset ReceivedAt, WireComplainant Complainant, string Text);
