using Triage.LoadTest;
using Triage.LoadTest.Online;

if (args is ["online", ..])
{
    var online = OnlineOptions.Parse(args[1..]);
    if (online is null)
    {
        Console.Error.WriteLine(OnlineOptions.Usage);
        return args.Contains("--help") ? 0 : 2;
    }
    return await OnlineBenchmark.RunAsync(online);
}

var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(LoadOptions.Usage);
    return args.Contains("--help") ? 0 : 2;
}
await using var deliveries = options.RabbitMq is null ? null : await DeliveryCounter.StartAsync(options.RabbitMq);
var report = await LoadRun.RunAsync(options);
Console.WriteLine(report);
if (deliveries is not null)
{
    var expected = options.Warmup + options.Count;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    while (deliveries.Delivered < expected && clock.Elapsed < TimeSpan.FromMinutes(2))
        await Task.Delay(50);
    Console.WriteLine($"delivered {deliveries.Delivered:N0} of {expected:N0} ComplaintReceived; the last arrived {clock.Elapsed.TotalSeconds:N1} s after the last POST answered, " +
                      $"{deliveries.Delivered / (report.Seconds + clock.Elapsed.TotalSeconds):N0}/s end to end");
}
return report.Failed == 0 ? 0 : 1;
