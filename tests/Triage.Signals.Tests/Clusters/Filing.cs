using System.Security.Cryptography;
using System.Text;

namespace Triage.Signals.Tests.Clusters;

// A hand-made complaint for clustering. Identifiers are hex hashes of a label, so equal labels are one identifier;
// the default text is too short to fingerprint, so only identifiers link it unless a text is given.
public sealed class Filing
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly List<Identifier> _identifiers = [];
    private DateTimeOffset _at = Start;
    private string _text = "请尽快处理。";
    private string? _relation;
    private bool _lawFirm;

    public static Filing By(string person) => new Filing().With(IdentifierKind.ComplainantIdNumber, person);

    public Filing OnDay(double days)
    {
        _at = Start.AddDays(days);
        return this;
    }

    public Filing Saying(string text)
    {
        _text = text;
        return this;
    }

    public Filing ThroughAgent(string phone)
    {
        _relation = "agent";
        return With(IdentifierKind.RepresentativePhone, phone);
    }

    // A letter of a named law firm (LawFirms.Named): the firm's phone and name as the representative's.
    public Filing ThroughLawFirm(string phone, string firm)
    {
        (_relation, _lawFirm) = ("lawyer", true);
        return With(IdentifierKind.RepresentativePhone, phone).With(IdentifierKind.Organization, firm);
    }

    public Filing With(IdentifierKind kind, string label)
    {
        _identifiers.Add(Hash(kind, label));
        return this;
    }

    public static Identifier Hash(IdentifierKind kind, string label) =>
        new(kind, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\u001f{label}"))));

    public ComplaintFacts Build() => new(Guid.NewGuid(), null, _at, "regulator", null, _text, _relation, _lawFirm, _identifiers.ToList());
}
