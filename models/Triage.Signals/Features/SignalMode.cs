namespace Triage.Signals.Features;

public enum SignalMode
{
    // As of arrival: only what was known when the complaint came in.
    Online,

    // With hindsight: the whole window, later complaints included (the nightly rescoring, `triage score`).
    Hindsight,
}
