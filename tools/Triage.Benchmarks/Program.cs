using BenchmarkDotNet.Running;
using Triage.Benchmarks;

if (args is ["bdn", ..])
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
    return 0;
}
var options = BenchmarkOptions.Parse(args);
if (options is null || options.Mode is not ("throughput" or "evaluate" or "memory" or "postgres"))
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return args.Contains("--help") ? 0 : 2;
}
var corpus = CorpusSource.Load(options);
Console.WriteLine($"{options.Mode}: {corpus.Count:N0} complaints from {options.Corpus ?? $"the synthetic corpus (seed {options.Seed})"}");
switch (options.Mode)
{
    case "throughput":
        ThroughputMode.Run(corpus);
        break;
    case "evaluate":
        EvaluateMode.Run(corpus, options.Sample, options.ShingleLength);
        break;
    case "memory":
        MemoryMode.Run(corpus, options);
        break;
    default:
        await PostgresMode.RunAsync(corpus, options, CancellationToken.None);
        break;
}
return 0;
