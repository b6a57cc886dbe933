using System.Security.Cryptography;
using System.Text;

namespace Triage.Signals.Text;

// The index keeps only a 64-bit hash of the owner key. Pass a key that is already keyed-hashed or an internal id
// (ComplainantKey), never a raw phone number: 64 bits of an unkeyed hash of a phone number can be reversed by trying.
public static class OwnerKey
{
    public static long Hash(string owner)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(owner), digest);
        return BitConverter.ToInt64(digest);
    }
}
