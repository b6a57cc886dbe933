namespace Triage.Rescoring;

public sealed record ChunkOutcome(int Processed, int Changed, bool LastChunk)
{
    public static readonly ChunkOutcome AlreadyDone = new(0, 0, false);
}
