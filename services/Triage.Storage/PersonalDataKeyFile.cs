using System.Security.Cryptography;
using System.Text.Json;

namespace Triage.Storage;

// The embedded default's keys: <DataDir>/personal-data.keys.json, mode 600. The first version held one pair
// ({EncryptionKey, HashKey}, key k1); a rotation adds keys ({Keys: [...], CurrentKey}), oldest first.
public static class PersonalDataKeyFile
{
    public const string FileName = "personal-data.keys.json";

    public static string PathIn(string dataDir) => Path.Combine(dataDir, FileName);

    public static PersonalDataOptions LoadOrCreate(string path)
    {
        if (File.Exists(path))
            return Load(path);
        DataDirectory.Ensure(Path.GetDirectoryName(path)!);
        var keys = new PersonalDataOptions { EncryptionKey = NewSecret(), HashKey = NewSecret() };
        Write(path, keys, FileMode.CreateNew);
        return keys;
    }

    public static PersonalDataOptions Load(string path) =>
        JsonSerializer.Deserialize<PersonalDataOptions>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"The key file {path} is empty.");

    // Written beside and moved over the old file, so a crash leaves either the old key set or the new one.
    public static void Save(string path, PersonalDataOptions keys)
    {
        var next = path + ".next";
        File.Delete(next);
        Write(next, keys, FileMode.CreateNew);
        File.Move(next, path, overwrite: true);
    }

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static void Write(string path, PersonalDataOptions keys, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, keys, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
    }
}
