using System.Security.Cryptography;
using System.Text;

namespace Triage.Signals.Links;

// HMAC-SHA256 in the same form the intake stores, so hashes from files and from the database agree under one key.
public sealed class IdentifierHasher(byte[] hashKey)
{
    public Identifier? Hash(IdentifierKind kind, string? value)
    {
        var normal = IdentifierNormalizer.Normalize(kind, value);
        if (normal is null)
            return null;
        var bytes = HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes($"{IdentifierNormalizer.HashSpace(kind)}\u001f{normal}"));
        return new Identifier(kind, Convert.ToHexString(bytes));
    }
}
