namespace Triage.Benchmarks;

public sealed record WireComplainant(string? Name, string? Phone, string? IdNumber, string? CustomerId, string? Email);
