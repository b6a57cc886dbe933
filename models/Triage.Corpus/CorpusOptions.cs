namespace Triage.Corpus;

public sealed record CorpusOptions
{
    public static readonly DateTimeOffset DefaultEnd = new(2026, 11, 20, 23, 59, 59, TimeSpan.FromHours(8));

    public int Seed { get; init; } = 1;
    public int Complaints { get; init; } = 5_000;
    public double SuspectShare { get; init; } = 0.20;
    public int Days { get; init; } = 60;
    public DateTimeOffset End { get; init; } = DefaultEnd;
    public string Writer { get; init; } = Writers.WriterChoice.A;

    // Lays per-person keyboard habits over every text (Writers/SurfaceStyle), for training that cannot lean on a writer's surface.
    public bool SurfaceNoise { get; init; }

    public void Validate()
    {
        if (Complaints < 1)
            throw new ArgumentOutOfRangeException(nameof(Complaints), Complaints, "at least one complaint");
        if (SuspectShare is < 0 or > 1 || double.IsNaN(SuspectShare))
            throw new ArgumentOutOfRangeException(nameof(SuspectShare), SuspectShare, "a share between 0 and 1");
        if (Days is < 1 or > 3_650)
            throw new ArgumentOutOfRangeException(nameof(Days), Days, "between 1 and 3650 days");
        if (!Writers.WriterChoice.All.Contains(Writer))
            throw new ArgumentOutOfRangeException(nameof(Writer), Writer, "a, b or mixed");
    }
}
