namespace Triage.Corpus.Text;

// A person's habits at the keyboard; kept with the person so a follow-up reads like the same writer.
public sealed record WritingStyle(Register Register, int Punctuation, double TypoRate, int Numbers, bool Mixes)
{
    public static WritingStyle Create(Random rng, int age)
    {
        var u = rng.NextDouble();
        var register = u < 0.5 ? Register.Colloquial : u < 0.7 ? Register.Formal : u < 0.9 ? Register.Angry : Register.Confused;
        if (age > 58 && rng.NextDouble() < 0.6)
            register = Register.Confused;
        var p = rng.NextDouble();
        var punctuation = p < 0.55 ? 0 : p < 0.72 ? 1 : p < 0.84 ? 2 : p < 0.92 ? 3 : 4;
        if (register == Register.Angry && rng.NextDouble() < 0.5)
            punctuation = 4;
        var typoRate = rng.NextDouble() < 0.45 ? 0 : 0.05 + rng.NextDouble() * 0.3;
        return new WritingStyle(register, punctuation, typoRate, rng.Next(0, 36), age < 35 && rng.NextDouble() < 0.25);
    }

    public static WritingStyle Formal(Random rng) => new(Register.Formal, 0, 0, rng.Next(0, 36), false);
}
