namespace Triage.Corpus.Writers.B.Banks;

// What an honest person says about one kind of problem: a one-line version, the core event, supporting
// details, what they want. Sentences carry [choices] and {slots}.
internal sealed record Topic(string[] Short, string[] Core, string[] Details, string[] Asks);
