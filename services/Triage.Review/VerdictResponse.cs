namespace Triage.Review;

public sealed record VerdictResponse(string Id, string Status, int Rerouted);
