namespace Triage.Cli.Rescoring;

public sealed class RunChunk
{
    public int Chunk { get; init; }
    public int Complaints { get; init; }
}
