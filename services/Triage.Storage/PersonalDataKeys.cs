using System.Security.Cryptography;
using System.Text.Json;

namespace Triage.Storage;

public static class PersonalDataKeys
{
    private sealed record KeyFile(string EncryptionKey, string HashKey);

    public static PersonalDataProtector CreateProtector(PersonalDataOptions options, StorageProvider provider, string dataDir)
    {
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey) && !string.IsNullOrWhiteSpace(options.HashKey))
            return new PersonalDataProtector(Decode(options.EncryptionKey, "EncryptionKey"), Decode(options.HashKey, "HashKey"));
        if (provider == StorageProvider.Postgres)
            throw new InvalidOperationException(
                $"{PersonalDataOptions.Section}:EncryptionKey and :HashKey are required with PostgreSQL: every instance must share the same keys.");
        var keys = LoadOrCreate(Path.Combine(dataDir, "personal-data.keys.json"));
        return new PersonalDataProtector(Decode(keys.EncryptionKey, "EncryptionKey"), Decode(keys.HashKey, "HashKey"));
    }

    private static KeyFile LoadOrCreate(string path)
    {
        if (File.Exists(path))
            return JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path))
                   ?? throw new InvalidOperationException($"The key file {path} is empty.");
        DataDirectory.Ensure(Path.GetDirectoryName(path)!);
        var keys = new KeyFile(
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
            JsonSerializer.Serialize(stream, keys);
        return keys;
    }

    private static byte[] Decode(string base64, string name)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32
            ? key
            : throw new InvalidOperationException($"{PersonalDataOptions.Section}:{name} must be 32 bytes in base64, not {key.Length}.");
    }
}
