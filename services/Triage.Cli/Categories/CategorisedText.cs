namespace Triage.Cli.Categories;

// A complaint the desk categorised: its category is the ground truth the inference is measured against.
public sealed record CategorisedText(string? ExternalId, string Text, string Category);
