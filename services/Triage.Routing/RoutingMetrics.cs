using System.Diagnostics.Metrics;
using Triage.Contracts;

namespace Triage.Routing;

public static class RoutingMetrics
{
    private static readonly Meter Meter = new("Triage.Routing");
    private static readonly Counter<long> RoutedCounter = Meter.CreateCounter<long>("triage_complaints_routed", "{complaint}", "Route decisions that changed a complaint's destination");

    public static void Routed(IEnumerable<ComplaintRouted> routed)
    {
        foreach (var route in routed)
            RoutedCounter.Add(1, new KeyValuePair<string, object?>("destination", route.Destination.StartsWith("handling/", StringComparison.Ordinal) ? "handling" : route.Destination));
    }
}
