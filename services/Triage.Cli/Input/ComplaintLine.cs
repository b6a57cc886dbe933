using Triage.Intake;
using Triage.Signals;

namespace Triage.Cli.Input;

// One line of a wire-format file: the complaint's facts, or why the line could not be read.
public sealed record ComplaintLine(int LineNumber, ComplaintFacts? Facts, ComplaintSubmission? Submission, string? Error);
