namespace Triage.Replay;

public sealed record Waited(bool AllRouted, TimeSpan Elapsed, int StillWaiting, TimeSpan Poll)
{
    public string Describe() => AllRouted
        ? $"everything routed {Elapsed.TotalSeconds:N1} s after the last submit (checked every {Poll.TotalSeconds:N0} s)"
        : $"{StillWaiting:N0} complaints still not routed {Elapsed.TotalSeconds:N0} s after the last submit; stopped waiting";
}
