namespace Triage.Corpus.Writers.C;

// One sentence or block of an outfit's template: its canonical wording first, then the rewordings a spinning outfit rotates through.
// Agent sections name the agent (dropped when a member is coached to file alone); Frame sections are titles and signatures.
internal sealed record OutfitSection(IReadOnlyList<string> Wordings, bool Optional = false, bool Agent = false, bool Frame = false);
