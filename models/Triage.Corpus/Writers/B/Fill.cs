using System.Globalization;
using System.Text;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.B;

// Bank sentences carry [a|b|c] choices and {slot} facts; a choice is resolved once per use, so one
// sentence in a bank reads several ways, and every fact comes from the context in the writer's format.
internal static class Fill
{
    public static string Choose(Random rng, string text) =>
        Replace(text, '[', ']', options => { var all = options.Split('|'); return all[rng.Next(all.Length)]; });

    public static string Slots(Random rng, string text, TextContext context, Habits habits) =>
        Replace(text, '{', '}', slot => Fact(rng, slot, context, habits));

    // Each open…close span replaced by what `replace` makes of its inside; an unclosed span is kept as it is.
    private static string Replace(string text, char open, char close, Func<string, string> replace)
    {
        if (!text.Contains(open, StringComparison.Ordinal))
            return text;
        var sb = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf(open, i);
            var end = start < 0 ? -1 : text.IndexOf(close, start);
            if (end < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }
            sb.Append(text, i, start - i);
            sb.Append(replace(text.Substring(start + 1, end - start - 1)));
            i = end + 1;
        }
        return sb.ToString();
    }

    public static string Both(Random rng, string text, TextContext context, Habits habits) =>
        Slots(rng, Choose(rng, text), context, habits);

    private static string Fact(Random rng, string key, TextContext c, Habits h)
    {
        var d = c.Case;
        if (key.StartsWith("n:", StringComparison.Ordinal))
        {
            var range = key[2..].Split('-');
            var n = rng.Next(int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[1], CultureInfo.InvariantCulture) + 1);
            return h.Count(n);
        }
        return key switch
        {
            "name" => c.Person.Name,
            "writer" => c.WriterName,
            "sur" => c.Person.Name[..1],
            "phone" => h.PhoneNumber(c.Person.Phone),
            "id" => c.Person.IdNumber,
            "id4" => c.Person.IdNumber[^4..],
            "cid" => c.Person.CustomerId,
            "city" => c.Person.Region.City,
            "app" => d.App,
            "amount" => h.Amount(d.Amount),
            "inst" => h.Amount(d.Instalment),
            "months" => h.Count(d.Months),
            "fee" => h.Amount(d.Fee),
            "feename" => d.FeeName,
            "penalty" => h.Amount(d.Penalty),
            "loandate" => h.Date(d.LoanDate),
            "due" => h.Date(d.DueDate),
            "today" => h.Date(c.Now),
            "yesterday" => h.Date(c.Now.AddDays(-1)),
            "overdue" => h.Count(d.OverdueDays),
            "rel" => d.Relative,
            "rel2" => d.Relative2,
            "bank" => d.Bank,
            "order" => d.Order,
            "loan" => d.LoanNumber,
            "job" => d.Job,
            "reason" => d.Reason,
            "insurer" => d.Insurer,
            "rate" => d.Rate,
            "collector" => d.Collector,
            "first" => c.FirstDate ?? h.Date(c.Now.AddDays(-rng.Next(4, 20))),
            "ticket" => c.Ticket ?? "",
            "org" => c.Organization ?? "",
            "agent" => c.AgentName ?? "",
            "aphone" => c.AgentPhone is { } p ? h.PhoneNumber(p) : "",
            "firm" => c.LawFirm ?? "",
            "lawyer" => c.Lawyer ?? "",
            "role" => Extra(c, "familyRole", "家属"),
            "role2" => Extra(c, "familyRole2", "家人"),
            "pr" => Extra(c, "pronoun", c.Person.Male ? "他" : "她"),
            "hardship" => Extra(c, "hardship", "收入中断"),
            "count" => Extra(c, "count", "1"),
            "incday" => h.Date(c.IncidentAt ?? c.Now),
            "inctime" => h.Time(c.IncidentAt ?? c.Now),
            "company" => Lender.Company,
            "hotline" => Lender.Hotline,
            _ => throw new InvalidOperationException("unknown slot " + key),
        };
    }

    private static string Extra(TextContext c, string key, string fallback) =>
        c.Extras is { } extras && extras.TryGetValue(key, out var value) ? value : fallback;
}
