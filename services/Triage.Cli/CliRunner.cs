using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;

namespace Triage.Cli;

// Every error ends as one line on standard error naming the problem, with exit code 1 (130 when interrupted);
// TRIAGE_DEBUG=1 prints the whole exception for a bug report.
public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        // Parse errors (unknown or bad options, missing inputs) name the problem and where to read more, not the whole help.
        var verb = parsed.CommandResult.Command == root ? "triage" : $"triage {parsed.CommandResult.Command.Name}";
        if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parsed.Errors)
                await Console.Error.WriteLineAsync($"{verb}: {error.Message}");
            await Console.Error.WriteLineAsync($"(see: {verb} --help)");
            return 1;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("triage: interrupted");
            return 130;
        }
        catch (Exception exception)
        {
            await Console.Error.WriteLineAsync($"{verb}: error: {Describe(exception)}");
            if (Environment.GetEnvironmentVariable("TRIAGE_DEBUG") is "1" or "true")
                await Console.Error.WriteLineAsync(exception.ToString());
            return 1;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        UnauthorizedAccessException => $"permission denied: {exception.Message}",
        JsonException json => $"not valid JSON ({json.Message})",
        CryptographicException => $"sealed data cannot be opened with the configured keys ({exception.Message})",
        IOException or InvalidOperationException or InvalidDataException or ArgumentException or NotSupportedException or FormatException => OneLine(exception.Message),
        _ => $"{exception.GetType().Name}: {OneLine(exception.Message)}",
    };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
