namespace Triage.Review;

// destination is null while the complaint is not scored yet: it is routed by the verdict once it is.
public sealed record ComplaintVerdictResponse(Guid Id, string Verdict, string? Destination, bool Rerouted);
