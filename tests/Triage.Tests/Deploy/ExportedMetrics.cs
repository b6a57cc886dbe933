using System.Text.RegularExpressions;
using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Deploy;

// The Prometheus series the services export, read from their source: every System.Diagnostics.Metrics instrument
// (`Meter.CreateCounter<long>("name", …)`) under the meter its file creates (`new("Triage.Intake")`), named as
// prometheus-net's MeterAdapter names it: "<meter>_<instrument>" in lower case, every character outside
// [a-z0-9_] an underscore (triage_intake_triage_complaints_stored); histograms add _bucket, _sum and _count.
// When_the_services_export_metrics holds this rule to a running host's /metrics: when the export changes (issue 14,
// metrics through OpenTelemetry), PrometheusName and the dashboard change with it.
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
            foreach (Match instrument in instruments)
            {
                var name = PrometheusName($"{meters[0].Groups[1].Value}_{instrument.Groups["name"].Value}");
                names.Add(name);
                if (instrument.Groups["kind"].Value == "Histogram")
                    names.UnionWith([name + "_bucket", name + "_sum", name + "_count"]);
            }
        }
        return names;
    }

    public static string PrometheusName(string name) => NotPrometheus().Replace(name.ToLowerInvariant(), "_");

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

    [GeneratedRegex(@"\.Create(?<kind>Counter|Histogram|UpDownCounter|Gauge|ObservableCounter|ObservableGauge|ObservableUpDownCounter)<[^>]+>\(\s*""(?<name>[^""]+)""")]
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
