namespace Triage.Corpus.Text;

// The facts of one person's problem; follow-ups and copies reuse them so they tell the same story.
public sealed record CaseDetails(
    string App,
    decimal Amount,
    decimal Instalment,
    int Months,
    int Fee,
    string FeeName,
    decimal Penalty,
    DateTimeOffset LoanDate,
    DateTimeOffset DueDate,
    int OverdueDays,
    string Relative,
    string Relative2,
    string Bank,
    string Order,
    string LoanNumber,
    string Job,
    string Reason,
    string Insurer,
    string Rate,
    string Collector,
    string Product);
