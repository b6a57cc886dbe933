using Triage.Signals;
using Triage.Signals.Links;
using Triage.Storage;

namespace Triage.Scoring;

// Configured as "kind:value" (e.g. "RepresentativePhone:400-800-1234"), hashed with the deployment's key at start.
public static class HubAllowList
{
    public static ISet<string> Hash(IEnumerable<string> entries, PersonalDataProtector protector)
    {
        var hashes = new HashSet<string>();
        foreach (var entry in entries)
        {
            var parts = entry.Split(':', 2);
            if (parts.Length != 2 || !Enum.TryParse<IdentifierKind>(parts[0], ignoreCase: true, out var kind))
                throw new InvalidOperationException($"Hub allow-list entry '{parts[0]}:…' must be KIND:VALUE with KIND one of {string.Join(", ", Enum.GetNames<IdentifierKind>())}.");
            var normal = IdentifierNormalizer.Normalize(kind, parts[1]);
            if (protector.Hash(IdentifierNormalizer.HashSpace(kind), normal) is { } hash)
                hashes.Add(Convert.ToHexString(hash));
        }
        return hashes;
    }
}
