namespace Triage.Signals;

// An identifier as a keyed hash (hex of HMAC-SHA256): equal values match, the value itself is never held.
public sealed record Identifier(IdentifierKind Kind, string Hash);
