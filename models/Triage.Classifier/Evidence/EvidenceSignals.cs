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
