namespace Triage.Corpus.Processes;

// One planned complaint: when it arrives, through which channel, and which process writes it.
public sealed record Arrival(DateTimeOffset At, long Sequence, string Kind, string Channel)
{
    public object? Owner { get; init; }
    public int Member { get; init; }
    public int Wave { get; init; }
}
