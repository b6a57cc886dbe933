namespace Triage.Signals.Text;

// What verification reads of a candidate besides its signature, together in one cache line.
internal readonly record struct IndexedItem(Guid Id, long Owner, long ReceivedTicks);
