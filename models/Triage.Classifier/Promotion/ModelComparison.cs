namespace Triage.Classifier.Promotion;

// The promotion rule's verdict on a candidate against the model that was active when it was trained, on exactly the
// same held-out rows. Stored with the candidate in the registry: promotion checks it.
public sealed record ModelComparison(
    ComparedModel Candidate,
    ComparedModel Active,
    string HeldOut,
    int Rows,
    int Suspects,
    bool CandidateWins,
    string Rule,
    string Verdict);
