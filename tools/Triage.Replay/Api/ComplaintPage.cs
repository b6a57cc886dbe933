namespace Triage.Replay.Api;

public sealed record ComplaintPage(IReadOnlyList<ListedComplaint> Items, string? NextCursor);
