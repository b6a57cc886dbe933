using System.Security.Cryptography;

namespace Triage.Storage;

public sealed class PersonalDataKeyMissingException(string keyId)
    : CryptographicException($"personal data was sealed with key '{keyId}', which is not in the configured key set ({PersonalDataOptions.Section}:Keys or personal-data.keys.json); restore that key to read it")
{
    public string KeyId { get; } = keyId;
}
