namespace Triage.Storage;

public sealed class TriageOptions
{
    public const string Section = "Triage";

    public string DataDir { get; set; } = "./data";

    public string FullDataDir => Path.GetFullPath(DataDir);
}
