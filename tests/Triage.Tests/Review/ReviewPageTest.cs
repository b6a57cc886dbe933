using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Review;

// The review page in a real browser against Triage.Host as its own process: the browser needs a real port.
[NonParallelizable]
public abstract class ReviewPageTest : PageTest
{
    private string? _dataDir;

    protected HostProcess Host { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Chromium.ExecutablePath();
        _dataDir = Directory.CreateTempSubdirectory("triage-review-").FullName;
        Host = await HostProcess.StartAsync("127.0.0.1", HostProcess.FreePort(), _dataDir);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        if (Host is not null)
            await Host.DisposeAsync();
        if (_dataDir is not null)
            Directory.Delete(_dataDir, recursive: true);
    }

    public override Task<BrowserTypeLaunchOptions?> LaunchOptionsAsync() => Task.FromResult<BrowserTypeLaunchOptions?>(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium.ExecutablePath(),
        Args = ["--no-sandbox"],
        Headless = true,
    });

    public override BrowserNewContextOptions ContextOptions() => new()
    {
        BaseURL = $"http://127.0.0.1:{Host.Port}",
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
    };

    protected async Task SignInAsync(string apiKey)
    {
        await Page.GotoAsync("/review/");
        await Page.GetByTestId("sign-in-key").FillAsync(apiKey);
        await Page.GetByTestId("sign-in-submit").ClickAsync();
    }
}
