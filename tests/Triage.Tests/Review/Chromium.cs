using Triage.Testing;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Review;

// Debian's chromium, not Playwright's own browser build: that download cannot be reached from here.
public static class Chromium
{
    public static string ExecutablePath()
    {
        var path = Environment.GetEnvironmentVariable("TRIAGE_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (File.Exists(path))
            return path;
        var message = $"Chromium is required by the review page tests and was not found at {path}. " +
            "Install it with `apt-get install chromium`, run ./test.sh (which installs it), or point TRIAGE_CHROMIUM at a chromium binary.";
        if (TestEnvironment.IsCi)
            Assert.Fail(message);
        Assert.Ignore(message);
        return path;
    }
}
