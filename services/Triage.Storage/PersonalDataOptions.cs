namespace Triage.Storage;

public sealed class PersonalDataOptions
{
    public const string Section = "Triage:PersonalData";

    // Base64 of 32 random bytes each: the first key, id k1. When no key is configured the embedded default keeps
    // generated keys in its data folder.
    public string? EncryptionKey { get; set; }

    public string? HashKey { get; set; }

    // Further keys, oldest first (after k1 when EncryptionKey/HashKey are set). Identifiers are matched under the
    // oldest; CurrentKey (default: the newest) seals and hashes new complaints.
    public List<PersonalDataKeyOptions> Keys { get; set; } = [];

    public string? CurrentKey { get; set; }
}
