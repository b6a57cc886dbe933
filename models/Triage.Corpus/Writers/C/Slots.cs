using System.Text.RegularExpressions;
using Triage.Corpus.Text;

namespace Triage.Corpus.Writers.C;

// Fills <key> slots in family C's banks with one complaint's facts, written in that writer's formats.
internal sealed partial class Slots
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public Slots(Random rng, TextContext context, Hand hand)
    {
        var c = context.Case;
        var p = context.Person;
        var surname = People.ChineseNames.SurnameOf(p.Name).Han;
        values["app"] = c.App;
        values["amt"] = hand.Money(c.Amount);
        values["inst"] = hand.Money(c.Instalment);
        values["months"] = Say.Int(c.Months);
        values["fee"] = hand.Money(c.Fee);
        values["fee2"] = hand.Money(c.Fee * 2);
        values["feeName"] = c.FeeName;
        values["pen"] = hand.Money(c.Penalty);
        values["loanDay"] = hand.Day(c.LoanDate);
        values["dueDay"] = hand.Day(c.DueDate);
        values["overdue"] = Say.Int(c.OverdueDays);
        values["rel"] = c.Relative;
        values["rel2"] = c.Relative2;
        values["relBare"] = c.Relative.StartsWith('我') ? c.Relative[1..] : c.Relative;
        values["bank"] = c.Bank;
        values["order"] = c.Order;
        values["loan"] = c.LoanNumber;
        values["job"] = c.Job;
        values["reason"] = c.Reason;
        values["insurer"] = c.Insurer;
        values["rate"] = c.Rate;
        values["collector"] = c.Collector;
        values["name"] = p.Name;
        values["surname"] = surname;
        values["phone"] = p.Phone;
        values["tail"] = Say.Tail(p.Phone, 4);
        values["idTail"] = Say.Tail(p.IdNumber, 4);
        values["id"] = p.IdNumber;
        values["cust"] = p.CustomerId;
        values["city"] = p.Region.City;
        values["province"] = p.Region.Province;
        values["me"] = hand.Me;
        values["lender"] = Lender.Company;
        values["hotline"] = Lender.Hotline;
        values["today"] = hand.Day(context.Now);
        values["age"] = Say.Int(p.AgeAt(context.Now));
        values["total"] = hand.Money(Math.Round(c.Instalment * c.Months, 2));
        values["paid"] = Say.Int(Math.Max(1, c.Months / 3 + rng.Next(0, Math.Max(1, c.Months / 2))));
        var (open, close) = hand.QuoteMarks;
        values["q"] = open;
        values["/q"] = close;
        if (context.Extras is { } extras)
            foreach (var (k, v) in extras)
                values[k] = v;
    }

    public string this[string key]
    {
        get => values.TryGetValue(key, out var v) ? v : "";
        set => values[key] = value;
    }

    public string Fill(string template) => Slot().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    public string Fill(Random rng, IReadOnlyList<string> bank) => Fill(Pick.One(rng, bank));

    [GeneratedRegex("<(/?[A-Za-z0-9]+)>")]
    private static partial Regex Slot();
}
