using Triage.Corpus.People;

namespace Triage.Corpus.Text;

// Everything a fragment's slots can draw on while one complaint text is written.
public sealed record TextContext(Person Person, CaseDetails Case, DateTimeOffset Now, int Style)
{
    public string? FirstDate { get; init; }
    public string? Ticket { get; init; }
    public string? Organization { get; init; }
    public string? AgentName { get; init; }
    public string? AgentPhone { get; init; }
    public string? LawFirm { get; init; }
    public string? Lawyer { get; init; }
    public DateTimeOffset? IncidentAt { get; init; }
    public string? Name { get; init; }
    public IReadOnlyDictionary<string, string>? Extras { get; init; }

    public string WriterName => Name ?? Person.Name;
}
