namespace Triage.Intake;

public sealed record ComplainantSubmission(string? Name, string? Phone, string? IdNumber, string? CustomerId, string? Email);
