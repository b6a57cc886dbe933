namespace Triage.Storage;

public sealed class PersonalDataOptions
{
    public const string Section = "Triage:PersonalData";

    // Base64 of 32 random bytes each. When both are empty the embedded default keeps generated keys in its data folder.
    public string? EncryptionKey { get; set; }

    public string? HashKey { get; set; }
}
