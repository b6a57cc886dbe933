using Triage.LoadTest;

var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(LoadOptions.Usage);
    return args.Contains("--help") ? 0 : 2;
}
var report = await LoadRun.RunAsync(options);
Console.WriteLine(report);
return report.Failed == 0 ? 0 : 1;
