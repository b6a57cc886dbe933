namespace Triage.Scoring.Registry;

public sealed class StoredModel
{
    public string Version { get; init; } = "";
    public byte[] Zip { get; init; } = [];
    public string Metadata { get; init; } = "";
}
