using System.CommandLine;
using System.Diagnostics;
using Triage.Corpus;

namespace Triage.Cli;

public static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Directory to write complaints.jsonl and labels.jsonl into (created if missing; existing files are replaced).",
            Required = true,
            HelpName = "DIR",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed and options give byte-identical files.", Required = true, HelpName = "N" };
        var complaints = new Option<int>("--complaints") { Description = "Number of complaints to generate.", DefaultValueFactory = _ => 5_000, HelpName = "N" };
        var share = new Option<double>("--suspect-share") { Description = "Share of suspect complaints (rings, coached members, repeat complainants), 0 to 1.", DefaultValueFactory = _ => 0.20, HelpName = "X" };
        var days = new Option<int>("--days") { Description = "Length of the timeline in days.", DefaultValueFactory = _ => 60, HelpName = "N" };
        var writer = new Option<string>("--writer")
        {
            Description = "Which hand writes the texts: a, b (a second family written apart from the first), c (a third, kept for evaluation), or mixed (each person, ring and incident keeps one of a and b).",
            DefaultValueFactory = _ => Triage.Corpus.Writers.WriterChoice.A,
            HelpName = "a|b|c|mixed",
        };
        writer.AcceptOnlyFromAmong([.. Triage.Corpus.Writers.WriterChoice.All]);
        var surface = new Option<bool>("--surface-noise") { Description = "Lay per-person keyboard habits (punctuation width, dropped punctuation, line breaks, sentence order, homophone slips) over every text." };
        var end = new Option<DateTimeOffset?>("--end") { Description = "Last moment of the timeline, RFC 3339 [default: 2026-11-20T23:59:59+08:00].", HelpName = "TIME" };

        var command = new Command("generate",
            "Generate a synthetic, labelled complaint corpus: honest complaints of every kind (follow-ups, mass incidents, " +
            "cross-channel copies, waiver requests, lawyers and relatives) mixed with organised agency rings, coached members " +
            "and professional repeat complainants. Writes DIR/complaints.jsonl (wire format) and DIR/labels.jsonl " +
            "({externalId, suspect, kind, group}), one line each, in arrival order.")
        {
            output, seed, complaints, share, days, end, writer, surface,
        };
        complaints.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--complaints must be at least 1."); });
        share.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 0 or > 1 or double.NaN) r.AddError("--suspect-share must be between 0 and 1."); });
        days.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 3_650) r.AddError("--days must be between 1 and 3650."); });
        command.SetAction(parse => Run(parse.GetValue(output)!, new CorpusOptions
        {
            Seed = parse.GetValue(seed),
            Complaints = parse.GetValue(complaints),
            SuspectShare = parse.GetValue(share),
            Days = parse.GetValue(days),
            End = parse.GetValue(end) ?? CorpusOptions.DefaultEnd,
            Writer = parse.GetValue(writer)!,
            SurfaceNoise = parse.GetValue(surface),
        }));
        return command;
    }

    private static int Run(DirectoryInfo output, CorpusOptions options)
    {
        output.Create();
        var stopwatch = Stopwatch.StartNew();
        var summary = new GenerationSummary();
        using (var complaints = new BufferedStream(File.Create(Path.Combine(output.FullName, "complaints.jsonl")), 1 << 16))
        using (var labels = new BufferedStream(File.Create(Path.Combine(output.FullName, "labels.jsonl")), 1 << 16))
        {
            var writer = new CorpusWriter(complaints, labels);
            GenerationProgress.Run(options.Complaints, report =>
            {
                foreach (var item in new CorpusGenerator(options).Generate())
                {
                    writer.Write(item);
                    summary.Add(item.Label);
                    report(summary.Total);
                }
            });
        }
        summary.Print(output.FullName, stopwatch.Elapsed);
        return 0;
    }
}
