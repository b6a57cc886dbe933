using Triage.Classifier.Evidence;

namespace Triage.Classifier;

// A score and what it is made of: each evidence group's share of the logit, largest first.
public sealed record Assessment(float Score, IReadOnlyList<Contribution> Contributions);
