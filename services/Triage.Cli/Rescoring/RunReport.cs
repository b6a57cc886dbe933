using System.Globalization;
using Triage.Rescoring;

namespace Triage.Cli.Rescoring;

public static class RunReport
{
    public static string Summary(RescoringRun run, RescoreWindow window, int chunks, int byOthers, TimeSpan elapsed)
    {
        // The window in the offset the user gave, China time when neither bound was given.
        var offset = (window.Since ?? window.Until)?.Offset ?? TimeSpan.FromHours(8);
        var seconds = elapsed.TotalSeconds;
        var others = byOthers > 0 ? $" ({byOthers:N0} done by the services' workers)" : "";
        return $"rescoring run {run.RunId} {run.Status}: window {Time(run.Since, offset)} to {Time(run.Until, offset)}; " +
               $"total {run.Total:N0}, processed {run.Processed:N0}, changed {run.Changed:N0}; " +
               $"clusters changed {run.ClustersChanged:N0}, complaints moved between clusters {run.ComplaintsMoved:N0}; {chunks:N0} chunk{(chunks == 1 ? "" : "s")}{others}; " +
               $"{seconds:N1} s, {(seconds > 0 ? run.Processed / seconds : 0):N0} complaints/s";
    }

    private static string Time(DateTimeOffset time, TimeSpan offset) =>
        time.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
