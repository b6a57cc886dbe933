namespace Triage.Scoring.Registry;

public static class ActivationAction
{
    // The configured file, registered because the registry was empty.
    public const string Initial = "initial";

    // A model file an operator put at the configured path, with a version the registry did not know.
    public const string File = "file";

    public const string Promote = "promote";
    public const string Rollback = "rollback";
}
