namespace Triage.Contracts;

// The last step of a rescoring run, sent once every chunk is done: recompute the window's clusters in hindsight.
public record RecomputeClusters(Guid RunId);
