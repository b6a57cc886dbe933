using Triage.Signals.Links;

namespace Triage.Signals.Features;

public sealed class SignalOptions
{
    public HubPolicy Hubs { get; set; } = new();

    // The same complaint sent through another channel within this time, this similar, is one case, not a repeat.
    public TimeSpan CopyWindow { get; set; } = TimeSpan.FromDays(3);

    public double CopySimilarity { get; set; } = 0.8;

    public TimeSpan LongestWindow => TimeSpan.FromDays(90);

    // A phone, email or customer id given by more complainants than this (a person and a relative or two) is not one
    // person's: an agent's phone or a branch's landline. Filings are counted only through personal identifiers within it.
    public int PersonMaxComplainants { get; set; } = 3;
}
