namespace Triage.Corpus.People;

public sealed record Region(string Code, string Province, string City, string AreaCode);
