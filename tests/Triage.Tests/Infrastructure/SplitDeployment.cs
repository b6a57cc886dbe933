namespace Triage.Tests.Infrastructure;

// What the tests add to Triage.Processes.HostProcess (which knows nothing of the test keys): the arguments every
// process of a split deployment shares, as HostProcess.OnPostgresAndRabbitMq(…).
public static class SplitDeployment
{
    extension(HostProcess)
    {
        // One PostgreSQL database, its keys, one broker.
        public static string[] OnPostgresAndRabbitMq(string connectionString, string rabbitUri) =>
        [
            "--Triage:Storage:Provider", "Postgres",
            "--Triage:Storage:ConnectionString", connectionString,
            "--Triage:PersonalData:EncryptionKey", TestKeys.Encryption,
            "--Triage:PersonalData:HashKey", TestKeys.Hash,
            "--Triage:Bus:Transport", "RabbitMq",
            "--Triage:Bus:RabbitMq", rabbitUri,
        ];
    }
}
