using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// The key sets of a rotation from k1 (the tests' usual keys) to k2, as host settings and as the CLI's environment.
public static class KeySets
{
    public const string K2Encryption = "N2FsbGV5LWJhY2t1cC1rZXktZm9yLXRoZS10ZXN0cyE=";
    public const string K2Hash = "cm90YXRpb24taGFzaC1rZXktZm9yLXRoZS10ZXN0cyE=";

    public static Dictionary<string, string?> OnlyK1 => new()
    {
        ["Triage:PersonalData:EncryptionKey"] = TestKeys.Encryption,
        ["Triage:PersonalData:HashKey"] = TestKeys.Hash,
    };

    public static Dictionary<string, string?> K1AndK2 => new(OnlyK1)
    {
        ["Triage:PersonalData:Keys:0:Id"] = "k2",
        ["Triage:PersonalData:Keys:0:EncryptionKey"] = K2Encryption,
        ["Triage:PersonalData:Keys:0:HashKey"] = K2Hash,
    };

    public static Dictionary<string, string?> OnlyK2 => new()
    {
        ["Triage:PersonalData:EncryptionKey"] = "",
        ["Triage:PersonalData:HashKey"] = "",
        ["Triage:PersonalData:Keys:0:Id"] = "k2",
        ["Triage:PersonalData:Keys:0:EncryptionKey"] = K2Encryption,
        ["Triage:PersonalData:Keys:0:HashKey"] = K2Hash,
    };

    public static Dictionary<string, string?> Storage(string storage, string dataDir, PostgresDatabase? postgres) =>
        storage == "postgres"
            ? new() { ["Triage:Storage:Provider"] = "Postgres", ["Triage:Storage:ConnectionString"] = postgres!.ConnectionString, ["Triage:DataDir"] = dataDir }
            : new() { ["Triage:DataDir"] = dataDir };

    // A fixture's store dropped: its throwaway database, if any, and its data folder.
    public static async Task DropAsync(PostgresDatabase? postgres, string dataDir)
    {
        if (postgres is not null)
            await postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, Dictionary<string, string?> more)
    {
        var all = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in more)
            all[key] = value;
        return all;
    }
}
