using Triage.Cli.Input;
using Triage.Signals.Clusters;
using Triage.Signals.Features;

namespace Triage.Cli.Signals;

public sealed record CorpusComplaint(ComplaintLine Line, SignalVector Signals, IReadOnlyList<ClusterLink> Links);
