using System.Text.RegularExpressions;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Deploy;

// The Prometheus series the services export, read from their source: every System.Diagnostics.Metrics instrument
// (`Meter.CreateCounter<long>("name", "unit", …)`) of a meter the services collect (`new("Triage.…")`), named as the
// OpenTelemetry Prometheus exporter names it: the instrument's name, every character outside [a-z0-9_] an
// underscore; the unit's Prometheus word appended unless the name ends with it (s: seconds; an annotation such as
// {complaint} adds nothing); counters end in _total; histograms add _bucket, _sum and _count.
// When_the_services_export_metrics holds this rule to a running host's /metrics.
public static partial class ExportedMetrics
{
    public static IReadOnlySet<string> FromServices()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(Path.Combine(TestEnvironment.RepoRoot, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
        foreach (var file in sources)
        {
            var source = File.ReadAllText(file);
            var instruments = Instrument().Matches(source);
            if (instruments.Count == 0)
                continue;
            var meters = MeterName().Matches(source);
            Assert.That(meters, Has.Count.EqualTo(1), $"{file} creates instruments: the test expects the one meter they belong to in the same file");
            Assert.That(meters[0].Groups[1].Value, Does.StartWith("Triage."), $"{file}: only Triage.* meters are collected (TelemetryExtensions)");
            foreach (Match instrument in instruments)
            {
                var kind = instrument.Groups["kind"].Value;
                var name = PrometheusName(instrument.Groups["name"].Value, instrument.Groups["unit"].Value);
                if (kind is "Counter" or "ObservableCounter")
                    names.Add(name + "_total");
                else if (kind == "Histogram")
                    names.UnionWith([name + "_bucket", name + "_sum", name + "_count"]);
                else
                    names.Add(name);
            }
        }
        return names;
    }

    public static string PrometheusName(string instrument, string unit)
    {
        var name = NotPrometheus().Replace(instrument.ToLowerInvariant(), "_");
        var suffix = unit switch
        {
            "" => "",
            _ when unit.StartsWith('{') => "",
            "s" => "seconds",
            "ms" => "milliseconds",
            "By" => "bytes",
            _ => throw new AssertionException($"{instrument}: unit {unit} has no Prometheus word in this rule yet"),
        };
        return suffix.Length == 0 || name.EndsWith("_" + suffix, StringComparison.Ordinal) ? name : $"{name}_{suffix}";
    }
    // The metric names a PromQL expression selects: what is left once strings, label matchers, ranges,
    // grouping clauses, function calls, keywords and numbers are taken out.
    public static IReadOnlySet<string> InQuery(string expression)
    {
        var rest = QuotedString().Replace(expression, " ");
        rest = Braces().Replace(rest, " ");
        rest = Brackets().Replace(rest, " ");
        rest = Grouping().Replace(rest, " ");
        return Identifier().Matches(rest)
            .Where(m => !IsFunctionCall(rest, m) && !Keywords.Contains(m.Value))
            .Select(m => m.Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsFunctionCall(string text, Match identifier)
    {
        var after = text.AsSpan(identifier.Index + identifier.Length).TrimStart();
        return after.Length > 0 && after[0] == '(';
    }

    private static readonly HashSet<string> Keywords =
        ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan"];

    [GeneratedRegex(@"Meter\s+\w+\s*=\s*new(?:\s+Meter)?\s*\(\s*""([^""]+)""")]
    private static partial Regex MeterName();

    [GeneratedRegex(@"\.Create(?<kind>Counter|Histogram|UpDownCounter|Gauge|ObservableCounter|ObservableGauge|ObservableUpDownCounter)<[^>]+>\(\s*""(?<name>[^""]+)""(?:\s*,\s*(?:unit:\s*)?""(?<unit>[^""]*)"")?")]
    private static partial Regex Instrument();

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotPrometheus();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'|`[^`]*`")]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifier();
}
