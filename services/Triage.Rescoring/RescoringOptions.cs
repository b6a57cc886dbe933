namespace Triage.Rescoring;

public sealed class RescoringOptions
{
    public const string Section = "Triage:Rescoring";

    // Cron (five fields) in TimeZone; empty turns the schedule off. Default: every night at 02:00 China time.
    public string? Schedule { get; set; } = "0 2 * * *";

    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeSpan Window { get; set; } = TimeSpan.FromDays(30);

    // A scheduled run that finds an overlapping run in progress tries again this often, this many times.
    public TimeSpan OverlapRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    public int OverlapRetries { get; set; } = 36;

    public int ChunkSize { get; set; } = 5_000;

    // Hindsight looks this far around the window: the longest signal window (repeat filings over 90 days).
    public TimeSpan Context { get; set; } = TimeSpan.FromDays(90);
}
