namespace Triage.Intake;

public sealed record ComplaintPage(IReadOnlyList<ComplaintView> Items, string? NextCursor);
