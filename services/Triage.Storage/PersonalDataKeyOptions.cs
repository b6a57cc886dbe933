namespace Triage.Storage;

public sealed class PersonalDataKeyOptions
{
    public string Id { get; set; } = "";

    public string EncryptionKey { get; set; } = "";

    public string HashKey { get; set; } = "";
}
