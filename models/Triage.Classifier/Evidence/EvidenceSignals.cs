using Triage.Signals.Features;
using Triage.Signals.Reasons;

namespace Triage.Classifier.Evidence;

// Which signals are evidence about people and groups, and the sentence group each one explains. Behaviour is
// monotone: more filings by one person, more people behind one agent identifier, more people sharing a template
// never lower a score.
public static class EvidenceSignals
{
    private static readonly HashSet<string> Down = [SignalNames.DaysSincePreviousFiling, SignalNames.RepresentativeLawFirm];

    private static readonly HashSet<string> Free =
    [
        SignalNames.HubIdentifiers, SignalNames.Fingerprinted, SignalNames.TextLength, SignalNames.HasRepresentative,
        .. SignalNames.Channels.Select(c => $"channel_{c}"), .. SignalNames.Relations.Select(r => $"relation_{r}"),
    ];

    // The context terms that are free to take either sign: how a text is written and where it came from, not what people
    // did. Their weights are the training writer's habits (its lengths, its mix of channels and relations).
    public static readonly IReadOnlySet<string> FreeSignals = Free;

    // The template's counts that template_sharers_30d holds in one: each window of near-duplicates, the largest similarity,
    // the rare-content sharers. Fitted beside it, they split the weight of one piece of evidence among counts that another
    // writer's coached members never light up (docs/classifier.md, "One template count").
    public static readonly IReadOnlySet<string> TemplateCounts = new HashSet<string>
    {
        SignalNames.NearDuplicates1d, SignalNames.NearDuplicates7d, SignalNames.NearDuplicates30d, SignalNames.MaxTextSimilarity,
        SignalNames.RareContentSharers30d,
    };

    // How a text is written (its length, whether it was long enough to fingerprint) and how many hubs it names: context
    // whose free weight is the training writer's habit (writer b writes longer than writer a at most kinds).
    public static readonly IReadOnlySet<string> WritingContext = new HashSet<string>
    {
        SignalNames.TextLength, SignalNames.Fingerprinted, SignalNames.HubIdentifiers,
    };

    // Read over a person's filings by the person step's refusing way (PersonStep), not fitted as a term: which words one
    // writer's repeat complainants refuse with is that writer's habit, while the step asks only whether any filing of a
    // person who files again and again refuses every offer.
    public static readonly IReadOnlySet<string> PersonStepOnly = new HashSet<string> { SignalNames.RefusalTerms };

    // The agent identifiers' own counts, which the largest agent count holds.
    public static readonly IReadOnlySet<string> AgentCounts = new HashSet<string>
    {
        SignalNames.RepresentativePhoneShared30d, SignalNames.OrganizationShared30d, SignalNames.DeviceShared30d,
        SignalNames.ComplainantPhoneShared30d, SignalNames.EmailShared30d, SignalNames.MaxAgentIdentifierShared7d,
    };

    // The groups of the lexicon counts: which words a text uses, not what people did.
    public static readonly IReadOnlySet<string> Lexicons = new HashSet<string>
    {
        ReasonGroups.Demands, ReasonGroups.Threats, ReasonGroups.Justifications, ReasonGroups.Agency,
    };

    // Every signal: context (Free) either way, days since the previous filing and a named law firm down, the rest up; its
    // reason group.
    public static readonly IReadOnlyList<(string Signal, Direction Direction, string Group)> All = SignalNames.All
        .Select(s => (s, Free.Contains(s) ? Direction.Free : Down.Contains(s) ? Direction.Down : Direction.Up, ReasonGroups.Of(s)))
        .ToList();
}
