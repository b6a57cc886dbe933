namespace Triage.Corpus.Processes;

// The days of the corpus, ending at options.End, and when in a day each channel receives complaints.
public sealed class Timeline
{
    private static readonly double[] PeopleHours =
        [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.5, 4.5, 5.5, 5.2, 3.5, 3.8, 5.0, 5.2, 5.0, 4.2, 3.0, 3.2, 4.0, 4.2, 3.2, 1.5];
    private static readonly double[] OfficeHours =
        [0, 0, 0, 0, 0, 0, 0, 0, 1.0, 5.0, 6.0, 5.5, 2.0, 3.5, 5.5, 5.5, 5.0, 3.0, 0.3, 0, 0, 0, 0, 0];
    private static readonly double[] HotlineHours =
        [0, 0, 0, 0, 0, 0, 0, 0, 2.0, 5.0, 6.0, 5.5, 3.5, 4.0, 5.5, 5.5, 5.0, 4.5, 3.5, 3.0, 3.0, 2.0, 0, 0];

    public Timeline(CorpusOptions options)
    {
        End = options.End;
        Days = options.Days;
        var lastMidnight = new DateTimeOffset(End.Year, End.Month, End.Day, 0, 0, 0, End.Offset);
        Start = lastMidnight.AddDays(-(Days - 1));
    }

    public DateTimeOffset Start { get; }
    public DateTimeOffset End { get; }
    public int Days { get; }

    public DateTimeOffset DayStart(int day) => Start.AddDays(day);

    public DateTimeOffset DayEnd(int day) => day >= Days - 1 ? End.AddSeconds(1) : Start.AddDays(day + 1);

    public double Weight(int day) => Start.AddDays(day).DayOfWeek switch
    {
        DayOfWeek.Monday => 1.15,
        DayOfWeek.Saturday => 0.72,
        DayOfWeek.Sunday => 0.68,
        DayOfWeek.Friday => 0.98,
        _ => 1.05,
    };

    public DateTimeOffset TimeIn(int day, Random rng, string channel)
    {
        var hours = channel switch
        {
            "regulator" or "letter" or "branch" => OfficeHours,
            "hotline" => HotlineHours,
            _ => PeopleHours,
        };
        return Clamp(DayStart(day).AddHours(Pick(rng, hours) + rng.NextDouble()), rng);
    }

    public DateTimeOffset Clamp(DateTimeOffset time, Random rng)
    {
        if (time < Start) return Start.AddSeconds(rng.Next(0, 3_600));
        return time > End ? End.AddSeconds(-rng.Next(0, 5_400)) : time;
    }

    public static DateTimeOffset Second(DateTimeOffset time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, time.Offset);

    private static int Pick(Random rng, double[] weights)
    {
        var u = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
            if ((u -= weights[i]) < 0)
                return i;
        return weights.Length - 1;
    }
}
