using System.Security.Cryptography;
using System.Text;

namespace Triage.Storage;

// AES-GCM for what must be read back, HMAC-SHA256 for what must only be matched.
public sealed class PersonalDataProtector(byte[] encryptionKey, byte[] hashKey)
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public byte[] Seal(ReadOnlySpan<byte> plaintext)
    {
        var sealedBytes = new byte[1 + NonceSize + TagSize + plaintext.Length];
        sealedBytes[0] = FormatVersion;
        var nonce = sealedBytes.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(1 + NonceSize + TagSize), sealedBytes.AsSpan(1 + NonceSize, TagSize), [FormatVersion]);
        return sealedBytes;
    }

    public byte[] Open(ReadOnlySpan<byte> sealedBytes)
    {
        if (sealedBytes.Length < 1 + NonceSize + TagSize || sealedBytes[0] != FormatVersion)
            throw new CryptographicException("Unknown sealed personal data format.");
        var plaintext = new byte[sealedBytes.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Decrypt(sealedBytes.Slice(1, NonceSize), sealedBytes[(1 + NonceSize + TagSize)..], sealedBytes.Slice(1 + NonceSize, TagSize), plaintext, [FormatVersion]);
        return plaintext;
    }

    public byte[]? Hash(string kind, string? normalizedValue)
    {
        if (string.IsNullOrEmpty(normalizedValue))
            return null;
        // The kind is part of the hashed input so that a phone and an ID number never collide.
        return HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes($"{kind}\u001f{normalizedValue}"));
    }
}
