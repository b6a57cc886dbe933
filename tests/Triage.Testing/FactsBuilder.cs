using System.Text;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Links;

namespace Triage.Testing;

// Hand-made complaints for signal tests, hashed the way intake hashes them.
public sealed class FactsBuilder
{
    private static readonly IdentifierHasher Hasher = new(Encoding.UTF8.GetBytes("signal-tests-key-0123456789abcdef"));
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly List<Identifier> _identifiers = [];
    private DateTimeOffset _at = Start;
    private string _channel = "app";
    private string _text = "我的账户被重复扣款,请尽快处理退款。";
    private string? _relation;
    private bool _lawFirm;

    public static FactsBuilder Complaint() => new();

    public FactsBuilder At(double days) { _at = Start.AddDays(days); return this; }
    public FactsBuilder Channel(string channel) { _channel = channel; return this; }
    public FactsBuilder Text(string text) { _text = text; return this; }
    public FactsBuilder Representative(string relation, string? phone = null, string? organization = null)
    {
        _relation = relation;
        _lawFirm = LawFirms.Named(organization);
        return With(IdentifierKind.RepresentativePhone, phone).With(IdentifierKind.Organization, organization);
    }
    public FactsBuilder IdNumber(string value) => With(IdentifierKind.ComplainantIdNumber, value);
    public FactsBuilder Phone(string value) => With(IdentifierKind.ComplainantPhone, value);
    public FactsBuilder Ip(string value) => With(IdentifierKind.Ip, value);
    public FactsBuilder Device(string value) => With(IdentifierKind.Device, value);
    public FactsBuilder Name(string value) => With(IdentifierKind.ComplainantName, value);

    public FactsBuilder With(IdentifierKind kind, string? value)
    {
        if (Hasher.Hash(kind, value) is { } identifier)
            _identifiers.Add(identifier);
        return this;
    }

    public static Identifier Hash(IdentifierKind kind, string value) => Hasher.Hash(kind, value)!;

    public ComplaintFacts Build() => new(Guid.NewGuid(), null, _at, _channel, null, _text, _relation, _lawFirm, _identifiers.ToList());
}
