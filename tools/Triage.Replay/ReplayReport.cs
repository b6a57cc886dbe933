using Triage.Corpus.Evaluation;

namespace Triage.Replay;

public static class ReplayReport
{
    public static string Markdown(ReplayOptions options, Submitted submitted, Waited waited, RoutingReport report) =>
        $"""
        # Routing and clusters against the labels: REST replay

        Corpus {Path.GetFullPath(options.Corpus)} posted to {options.Url} in arrival order, {options.Batch:N0} per batch{(options.Rate is { } rate ? $", held to {rate:N0}/s" : "")}.

        - {submitted.Describe()}
        - {waited.Describe()}

        {report.ToMarkdown()}
        """;
}
