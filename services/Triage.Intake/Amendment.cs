namespace Triage.Intake;

// A valid amendment: Text null leaves the text as it is; SetsCategory with Category null withdraws the desk's category.
public sealed record Amendment(string? Text, bool SetsCategory, string? Category);
