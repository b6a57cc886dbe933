namespace Triage.Storage;

public static class PersonalDataKeys
{
    public static PersonalDataProtector CreateProtector(PersonalDataOptions options, StorageProvider provider, string dataDir)
    {
        if (Configured(options))
            return CreateProtector(options);
        if (provider == StorageProvider.Postgres)
            throw new InvalidOperationException(
                $"{PersonalDataOptions.Section}:EncryptionKey and :HashKey (or :Keys) are required with PostgreSQL: every instance must share the same keys.");
        return CreateProtector(PersonalDataKeyFile.LoadOrCreate(PersonalDataKeyFile.PathIn(dataDir)));
    }

    public static bool Configured(PersonalDataOptions options) =>
        !string.IsNullOrWhiteSpace(options.EncryptionKey) && !string.IsNullOrWhiteSpace(options.HashKey) || options.Keys.Count > 0;

    public static PersonalDataProtector CreateProtector(PersonalDataOptions options)
    {
        var keys = new List<PersonalDataKey>();
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey) || !string.IsNullOrWhiteSpace(options.HashKey))
            keys.Add(new PersonalDataKey(PersonalDataProtector.LegacyKeyId, Decode(options.EncryptionKey, "EncryptionKey"), Decode(options.HashKey, "HashKey")));
        for (var i = 0; i < options.Keys.Count; i++)
            keys.Add(new PersonalDataKey(options.Keys[i].Id,
                Decode(options.Keys[i].EncryptionKey, $"Keys:{i}:EncryptionKey"), Decode(options.Keys[i].HashKey, $"Keys:{i}:HashKey")));
        if (keys.Count == 0)
            throw new InvalidOperationException($"{PersonalDataOptions.Section} holds no key.");
        return new PersonalDataProtector(keys, string.IsNullOrWhiteSpace(options.CurrentKey) ? keys[^1].Id : options.CurrentKey);
    }

    private static byte[] Decode(string? base64, string name)
    {
        if (string.IsNullOrWhiteSpace(base64))
            throw new InvalidOperationException($"{PersonalDataOptions.Section}:{name} is missing.");
        var key = Convert.FromBase64String(base64);
        return key.Length == 32
            ? key
            : throw new InvalidOperationException($"{PersonalDataOptions.Section}:{name} must be 32 bytes in base64, not {key.Length}.");
    }
}
