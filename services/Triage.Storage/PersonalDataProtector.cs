using System.Security.Cryptography;
using System.Text;

namespace Triage.Storage;

// AES-GCM for what must be read back, HMAC-SHA256 for what must only be matched. A sealed value names the key that
// sealed it, so several keys can be readable at once while a rotation re-seals under the current one. Identifiers are
// matched under the oldest configured key: every complaint keeps hashes under it until that key is retired.
public sealed class PersonalDataProtector
{
    public const string LegacyKeyId = "k1";
    private const byte LegacyFormat = 1;
    private const byte KeyedFormat = 2;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly IReadOnlyList<PersonalDataKey> _keys;
    private readonly PersonalDataKey _current;

    public PersonalDataProtector(byte[] encryptionKey, byte[] hashKey)
        : this([new PersonalDataKey(LegacyKeyId, encryptionKey, hashKey)], LegacyKeyId)
    {
    }

    public PersonalDataProtector(IReadOnlyList<PersonalDataKey> keys, string currentKeyId)
    {
        if (keys.Count == 0)
            throw new InvalidOperationException("The personal-data key set is empty.");
        if (keys.Select(k => k.Id).Distinct().Count() != keys.Count)
            throw new InvalidOperationException("The personal-data key set names a key id twice.");
        if (keys.Any(k => k.Id.Length is 0 or > 32 || k.Id.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')))
            throw new InvalidOperationException("A personal-data key id must be 1-32 letters, digits, '-' or '_'.");
        _keys = keys;
        _current = keys.FirstOrDefault(k => k.Id == currentKeyId)
                   ?? throw new InvalidOperationException($"The current personal-data key '{currentKeyId}' is not in the key set.");
    }

    public string CurrentKeyId => _current.Id;

    public string MatchingKeyId => _keys[0].Id;

    public IReadOnlyList<string> KeyIds => _keys.Select(k => k.Id).ToList();

    public bool Knows(string keyId) => _keys.Any(k => k.Id == keyId);

    public byte[] Seal(ReadOnlySpan<byte> plaintext)
    {
        var header = Header(_current.Id);
        var sealedBytes = new byte[header.Length + NonceSize + TagSize + plaintext.Length];
        header.CopyTo(sealedBytes, 0);
        var nonce = sealedBytes.AsSpan(header.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_current.EncryptionKey, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(header.Length + NonceSize + TagSize), sealedBytes.AsSpan(header.Length + NonceSize, TagSize), header);
        return sealedBytes;
    }

    public byte[] Open(ReadOnlySpan<byte> sealedBytes)
    {
        var keyId = SealedKeyId(sealedBytes);
        var key = Key(keyId);
        var headerLength = sealedBytes[0] == LegacyFormat ? 1 : 2 + sealedBytes[1];
        if (sealedBytes.Length < headerLength + NonceSize + TagSize)
            throw new CryptographicException("Unknown sealed personal data format.");
        var body = sealedBytes[headerLength..];
        var plaintext = new byte[body.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key.EncryptionKey, TagSize);
        aes.Decrypt(body[..NonceSize], body[(NonceSize + TagSize)..], body.Slice(NonceSize, TagSize), plaintext, sealedBytes[..headerLength]);
        return plaintext;
    }

    // The key that sealed a value, read from its header without opening it.
    public static string SealedKeyId(ReadOnlySpan<byte> sealedBytes)
    {
        if (sealedBytes.Length > 0 && sealedBytes[0] == LegacyFormat)
            return LegacyKeyId;
        if (sealedBytes.Length < 2 || sealedBytes[0] != KeyedFormat || sealedBytes.Length < 2 + sealedBytes[1])
            throw new CryptographicException("Unknown sealed personal data format.");
        return Encoding.ASCII.GetString(sealedBytes.Slice(2, sealedBytes[1]));
    }

    public byte[]? Hash(string kind, string? normalizedValue) => Hash(kind, normalizedValue, MatchingKeyId);

    public byte[]? Hash(string kind, string? normalizedValue, string keyId)
    {
        if (string.IsNullOrEmpty(normalizedValue))
            return null;
        // The kind is part of the hashed input so that a phone and an ID number never collide.
        return HMACSHA256.HashData(Key(keyId).HashKey, Encoding.UTF8.GetBytes($"{kind}\u001f{normalizedValue}"));
    }

    private PersonalDataKey Key(string keyId) => _keys.FirstOrDefault(k => k.Id == keyId) ?? throw new PersonalDataKeyMissingException(keyId);

    // The legacy key keeps format 1 (no id), so a store sealed before key ids existed reads the same either way.
    private static byte[] Header(string keyId)
    {
        if (keyId == LegacyKeyId)
            return [LegacyFormat];
        var id = Encoding.ASCII.GetBytes(keyId);
        return [KeyedFormat, (byte)id.Length, .. id];
    }
}
