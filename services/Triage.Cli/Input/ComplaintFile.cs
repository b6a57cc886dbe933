using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Triage.Intake;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Storage;

namespace Triage.Cli.Input;

// Reads wire-format complaints (docs/wire-format.md), one per line, with the intake's own validation. Identifiers are hashed under a key
// made for this run only: a file's hashes are compared with each other, never with a database's.
public sealed class ComplaintFile(string path)
{
    private readonly PersonalDataProtector _protector = new(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));

    public async IAsyncEnumerable<ComplaintLine> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        await foreach (var (number, text) in LinesAsync(cancellationToken))
            yield return Parse(number, text, now);
    }

    // The whole file, each bad line reported on standard error with its number, as docs/wire-format.md says. The lines are
    // read first and parsed on every core (parsing and hashing the identifiers is most of the reading), in file order.
    public async Task<List<ComplaintLine>> ReadReportingErrorsAsync(CancellationToken cancellationToken = default)
    {
        var raw = await LinesAsync(cancellationToken).ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var lines = new ComplaintLine[raw.Count];
        Parallel.For(0, raw.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => lines[i] = Parse(raw[i].Number, raw[i].Text, now));
        foreach (var line in lines)
            if (line.Error is not null)
                Console.Error.WriteLine($"line {line.LineNumber}: {line.Error}");
        return [.. lines];
    }

    // The file's lines that are not blank, each with its number in the file.
    private async IAsyncEnumerable<(int Number, string Text)> LinesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
                yield return (number, line);
        }
    }

    private ComplaintLine Parse(int lineNumber, string line, DateTimeOffset now)
    {
        var parsed = SubmissionParser.Parse(Encoding.UTF8.GetBytes(line), now);
        if (parsed.Complaint is not { } submission)
        {
            var errors = parsed.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join("; ", e.Value)}");
            return new ComplaintLine(lineNumber, null, null, string.Join(", ", errors));
        }
        return new ComplaintLine(lineNumber, Facts(submission, lineNumber), submission, null);
    }

    private ComplaintFacts Facts(ComplaintSubmission submission, int lineNumber)
    {
        var receivedAt = ComplaintValidator.ParseReceivedAt(submission.ReceivedAt!);
        // Ids from the line number: stable for a file, so repeated runs give the same output.
        var id = new Guid(lineNumber, 0, 0, new byte[8]);
        return new ComplaintFacts(id, submission.ExternalId, receivedAt, submission.Channel!, submission.Category,
            submission.Text!.Trim(), submission.Representative?.Relation, LawFirms.Named(submission.Representative?.Organization),
            ComplaintIdentifiers.From(submission, _protector));
    }
}
