namespace Triage.Complaints;

public sealed record ComplainantSubmission(string? Name, string? Phone, string? IdNumber, string? CustomerId, string? Email);
