namespace Triage.Benchmarks;

// The fields of contract §1 that the near-duplicate index needs.
public sealed record WireComplaint(string? ExternalId, DateTimeOffset ReceivedAt, WireComplainant Complainant, string Text);
