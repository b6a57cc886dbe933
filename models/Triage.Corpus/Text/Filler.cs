using System.Globalization;
using System.Text;

namespace Triage.Corpus.Text;

// Expands a fragment: "[a|b|c]" picks one option, "{slot}" takes a detail of the case.
public static class Filler
{
    public static string Fill(string fragment, Random rng, TextContext context)
    {
        if (fragment.IndexOf('[') < 0 && fragment.IndexOf('{') < 0)
            return fragment;
        var text = new StringBuilder(fragment.Length + 32);
        for (var i = 0; i < fragment.Length; i++)
        {
            var c = fragment[i];
            if (c == '[' && fragment.IndexOf(']', i) is var close and > 0)
            {
                var options = fragment[(i + 1)..close].Split('|');
                text.Append(Fill(options[rng.Next(options.Length)], rng, context));
                i = close;
            }
            else if (c == '{' && fragment.IndexOf('}', i) is var end and > 0)
            {
                text.Append(Slot(fragment[(i + 1)..end], rng, context));
                i = end;
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    private static string Slot(string name, Random rng, TextContext x)
    {
        var c = x.Case;
        var style = x.Style;
        var dateStyle = style / 6;
        return name switch
        {
            "app" => c.App,
            "company" => Lender.Company,
            "hotline" => Lender.Hotline,
            "amount" => Amounts.Format(c.Amount, style),
            "instalment" => Amounts.Format(c.Instalment, style),
            "double" => Amounts.Format(c.Instalment * 2, style),
            "fee" => Amounts.Format(c.Fee, style),
            "feeName" => c.FeeName,
            "penalty" => Amounts.Format(c.Penalty, style),
            "months" => c.Months.ToString(CultureInfo.InvariantCulture),
            "loanDate" => Dates.Format(c.LoanDate, dateStyle),
            "due" => Dates.Recent(c.DueDate, x.Now, dateStyle),
            "recent" => Dates.Recent(x.Now.AddDays(-rng.Next(0, 12)), x.Now, dateStyle + rng.Next(3)),
            "time" => Dates.TimeOfDay(x.Now.AddMinutes(-rng.Next(30, 600)), dateStyle),
            "days" => c.OverdueDays.ToString(CultureInfo.InvariantCulture),
            "relative" => c.Relative,
            "relative2" => c.Relative2,
            "bank" => c.Bank,
            "order" => c.Order,
            "loan" => c.LoanNumber,
            "job" => c.Job,
            "reason" => c.Reason,
            "insurer" => c.Insurer,
            "rate" => c.Rate,
            "collector" => c.Collector,
            "name" => x.WriterName,
            "idTail" => x.Person.IdNumber[^4..],
            "city" => x.Person.Region.City,
            "province" => x.Person.Region.Province,
            "n" => rng.Next(2, 10).ToString(CultureInfo.InvariantCulture),
            "nn" => rng.Next(10, 60).ToString(CultureInfo.InvariantCulture),
            "firstDate" => x.FirstDate ?? Dates.Format(x.Now.AddDays(-rng.Next(3, 20)), dateStyle),
            "ticket" => x.Ticket ?? "",
            "org" => x.Organization ?? "",
            "agent" => x.AgentName ?? "",
            "agentPhone" => x.AgentPhone ?? "",
            "lawFirm" => x.LawFirm ?? "",
            "lawyer" => x.Lawyer ?? "",
            "incidentTime" => Dates.TimeOfDay(x.IncidentAt ?? x.Now, dateStyle),
            "incidentDate" => Dates.Recent(x.IncidentAt ?? x.Now, x.Now, dateStyle),
            "date" => Dates.Format(x.Now, dateStyle),
            "phone" => People.Phones.Mobile(rng),
            _ => Extra(x, name),
        };
    }

    private static string Extra(TextContext x, string name) =>
        x.Extras is { } extras && extras.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"unknown slot {{{name}}}");
}
