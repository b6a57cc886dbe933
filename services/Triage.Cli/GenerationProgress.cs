using Spectre.Console;

namespace Triage.Cli;

// A progress bar on standard error when it is a terminal; otherwise a plain line every tenth of the way.
public static class GenerationProgress
{
    public static void Run(int total, Action<Action<int>> work)
    {
        if (Console.IsErrorRedirected)
        {
            var step = Math.Max(1, total / 10);
            work(done =>
            {
                if (done % step == 0 || done == total)
                    Console.Error.WriteLine($"generate: {done:N0}/{total:N0} complaints");
            });
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("generating complaints", maxValue: total);
                var step = Math.Max(1, total / 1_000);
                work(done =>
                {
                    if (done % step == 0 || done == total)
                        task.Value = done;
                });
            });
    }
}
