namespace Triage.Intake;

public sealed record ComplainantView(string? Name, string? Phone, string? IdNumber, string? CustomerId, string? Email);
