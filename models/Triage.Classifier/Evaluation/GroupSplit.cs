using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Triage.Classifier.Evaluation;

// 70/15/15 by group (a ring, a person, an incident), so that no group straddles two splits. The hash is stable
// across processes and machines, unlike string.GetHashCode.
public static class GroupSplit
{
    public static Split Of(string group, int seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{group}"));
        var bucket = BinaryPrimitives.ReadUInt32LittleEndian(hash) % 100;
        return bucket switch
        {
            < 70 => Split.Train,
            < 85 => Split.Validation,
            _ => Split.Test,
        };
    }

    public static ILookup<Split, LabelledRow> Apply(IEnumerable<LabelledRow> rows, int seed) => rows.ToLookup(r => Of(r.Group, seed));
}
