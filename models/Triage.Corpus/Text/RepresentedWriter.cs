namespace Triage.Corpus.Text;

// Honest complaints written by someone else: a lawyer's letter or a relative speaking for an elderly or
// absent borrower. They share "委托" language and a representative with rings, but no template.
public sealed class RepresentedWriter(PhraseBank bank)
{
    private static readonly (string Mine, string Theirs)[] ThirdPersonLawyer =
    [
        ("我妈", "其母亲"), ("我爸", "其父亲"), ("我老婆", "其妻子"), ("我老公", "其丈夫"), ("我爱人", "其配偶"),
        ("你们", "贵司"), ("我们", "其"), ("我的", "当事人的"), ("本人", "当事人"), ("我", "当事人"),
    ];

    public string Lawyer(Random rng, TextContext context, string category)
    {
        var parts = new List<string>
        {
            Fill(rng, context, bank.Pick(rng, "lawyer.intro")),
            "\n",
            bank.Pick(rng, "lawyer.summaryLead"),
            Retell(Fill(rng, context, bank.Pick(rng, category + ".situation")), ThirdPersonLawyer),
        };
        parts.AddRange(bank.PickDistinct(rng, category + ".detail", rng.Next(0, 2)).Select(f => Retell(Fill(rng, context, f), ThirdPersonLawyer)));
        parts.AddRange(bank.PickDistinct(rng, "lawyer.facts", rng.Next(1, 4)).Select(f => Fill(rng, context, f)));
        parts.AddRange(bank.PickDistinct(rng, "lawyer.body", rng.Next(1, 4)).Select(f => Fill(rng, context, f)));
        if (rng.NextDouble() < 0.25)
            parts.Add(Retell(Fill(rng, context, bank.Pick(rng, "waiver.request")), ThirdPersonLawyer));
        parts.Add(Fill(rng, context, bank.Pick(rng, "closing.formal")));
        if (rng.NextDouble() < 0.5)
            parts.Add($"\n{context.LawFirm}　{context.Lawyer}\n{Dates.Format(context.Now, 3)}");
        return HonestWriter.Join(rng, parts, false).Trim();
    }

    public string Family(Random rng, TextContext context, string category, WritingStyle style, string pronoun)
    {
        (string, string)[] retell = [("我妈", pronoun + "妈妈"), ("我爸", pronoun + "爸爸"), ("我们", "我们"), ("我的", pronoun + "的"), ("本人", pronoun), ("我", pronoun)];
        var parts = new List<string> { Fill(rng, context, bank.Pick(rng, "family.intro")) };
        parts.Add(Retell(Fill(rng, context, bank.Pick(rng, category + ".situation")), retell));
        parts.AddRange(bank.PickDistinct(rng, category + ".detail", rng.Next(0, 2)).Select(f => Retell(Fill(rng, context, f), retell)));
        if (rng.NextDouble() < 0.3)
            parts.Add(Fill(rng, context, bank.Pick(rng, "waiver.request")));
        parts.Add(Retell(Fill(rng, context, bank.Pick(rng, category + ".request")), retell));
        if (rng.NextDouble() < 0.6)
            parts.Add(Fill(rng, context, bank.Pick(rng, "family.closing")));
        return Mutations.Apply(HonestWriter.Join(rng, parts, false), rng, style).Trim();
    }

    private static string Retell(string text, (string Mine, string Theirs)[] map)
    {
        foreach (var (mine, theirs) in map)
            text = text.Replace(mine, theirs, StringComparison.Ordinal);
        return text;
    }

    private static string Fill(Random rng, TextContext context, string fragment) => Filler.Fill(fragment, rng, context);
}
