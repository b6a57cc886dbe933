using Triage.BulkLoad;

var options = BulkLoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BulkLoadOptions.Usage);
    return args.Contains("--help") ? 0 : 2;
}
var report = await BulkLoader.RunAsync(options, CancellationToken.None);
Console.WriteLine(report);
return 0;
