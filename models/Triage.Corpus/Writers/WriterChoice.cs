using Triage.Corpus.Processes;

namespace Triage.Corpus.Writers;

// Which hand writes a corpus: one family throughout, or a mix where each person, ring or incident keeps one
// hand (chosen by a hash of the seed and the group, so the choice draws nothing from the texts' random stream).
public static class WriterChoice
{
    public const string A = "a";
    public const string B = "b";
    public const string C = "c";
    public const string Mixed = "mixed";

    public static readonly IReadOnlyList<string> All = [A, B, C, Mixed];

    public static IComplaintWriter Family(string name) => name switch
    {
        A => new WriterA(),
        B => new B.WriterB(),
        C => new C.WriterC(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "writer family a, b or c"),
    };

    public static Func<string, IComplaintWriter> For(string choice, int seed)
    {
        if (choice == Mixed)
        {
            var a = Family(A);
            var b = Family(B);
            return group => Seeds.Derive(seed, "writer:" + group) % 2 == 0 ? a : b;
        }
        var one = Family(choice);
        return _ => one;
    }
}
