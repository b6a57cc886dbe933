namespace Triage.Storage;

// One generation of the personal-data keys: AES-GCM for sealing, HMAC-SHA256 for matching identifiers.
public sealed record PersonalDataKey(string Id, byte[] EncryptionKey, byte[] HashKey);
