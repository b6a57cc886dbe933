using Triage.Intake;
using Triage.Signals;
using Triage.Signals.Text;

namespace Triage.BulkLoad;

// One generated complaint as intake stores it, as the signals see it, and its text fingerprint (null when too short).
public sealed record LoadedComplaint(NewComplaint Stored, ComplaintFacts Facts, string Owner, TextFingerprint? Fingerprint);
