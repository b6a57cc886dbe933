namespace Triage.Signals.Text;

// Owner names the complainant, so that neighbours from the same person can be left out.
public sealed record IndexedComplaint(Guid ComplaintId, string Owner, DateTimeOffset ReceivedAt, TextFingerprint Fingerprint);
