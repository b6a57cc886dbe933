namespace Triage.Tests.Infrastructure;

// One span as an OTLP exporter sent it: the process (service.name), the instrumentation scope and what the test reads.
public sealed record OtlpSpan(string Service, string Scope, string TraceId, string Name, int Kind, IReadOnlyDictionary<string, string> Attributes)
{
    public const int Server = 2;
    public const int Consumer = 5;

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);
}
