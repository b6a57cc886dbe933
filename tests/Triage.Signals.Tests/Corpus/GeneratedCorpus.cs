using Triage.Corpus;
using Triage.Signals.Text;

namespace Triage.Signals.Tests.Corpus;

// The corpus generator's complaints (what `triage generate` writes), named by complainant as ComplainantKey names them.
public static class GeneratedCorpus
{
    public static IReadOnlyList<EvaluationText> Texts(int complaints, int seed) =>
        new CorpusGenerator(new CorpusOptions { Complaints = complaints, Seed = seed }).Generate()
            .Select((c, line) =>
            {
                var person = c.Complaint.Complainant;
                var owner = person.IdNumber is { } id ? $"id:{id}"
                    : person.CustomerId is { } customer ? $"customer:{customer}"
                    : person.Phone is { } phone ? $"phone:{phone}"
                    : person.Email is { } email ? $"email:{email}"
                    : $"line:{line}";
                return new EvaluationText(new Guid(line + 1, 0, 0, new byte[8]), owner, c.Complaint.Text);
            })
            .ToList();
}
