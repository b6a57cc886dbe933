using System.Diagnostics;
using Spectre.Console;

namespace Triage.Cli;

// A progress bar on a terminal; plain lines on standard error when the output goes to a file or a pipe.
public static class Progress
{
    public static async Task<T> RunAsync<T>(string task, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var last = Stopwatch.GetTimestamp();
            return await work(new Progress<int>(done =>
            {
                if (done < total && Stopwatch.GetElapsedTime(last) < TimeSpan.FromSeconds(5))
                    return;
                last = Stopwatch.GetTimestamp();
                Console.Error.WriteLine($"{task}: {done:N0} of {total:N0}");
            }));
        }
        T result = default!;
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            var bar = context.AddTask(task, maxValue: total);
            result = await work(new Progress<int>(done => bar.Value = done));
            bar.Value = total;
        });
        return result;
    }
}
