using System.Text;

namespace Triage.Signals.Features;

// A representative that names a law firm (律师事务所) as its organisation. In China only a firm licensed by the justice
// administration may carry that name; the outfits of domain.md call themselves 法务, 咨询, 服务部, 工作室 or a company and
// hide behind the borrower. The model holds the text sub-score even for a named firm's letter, whose legal register
// reads like a template's (EvidenceModel.TextHeldEvenWhere), and the signal may only lower a score (EvidenceSignals:
// direction Down); the firm's shared phone and its clients' likeness still count as evidence.
public static class LawFirms
{
    private const string Name = "律师事务所";

    public static bool Named(string? organization) =>
        !string.IsNullOrWhiteSpace(organization) &&
        string.Concat(organization.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).Contains(Name, StringComparison.Ordinal);
}
