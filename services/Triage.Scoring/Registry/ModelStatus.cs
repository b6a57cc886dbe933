namespace Triage.Scoring.Registry;

public static class ModelStatus
{
    public const string Candidate = "candidate";
    public const string Active = "active";
    public const string Retired = "retired";
    public const string Refused = "refused";
}
