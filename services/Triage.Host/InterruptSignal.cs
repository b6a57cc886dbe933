using System.Runtime.InteropServices;

namespace Triage.Host;

// A shell starts a background job (`dotnet run … &` in a script) with SIGINT ignored, and .NET leaves an ignored
// SIGINT ignored, so `kill -INT` could not stop the host. The host is a service that stops gracefully on SIGINT like
// on SIGTERM: it takes the default disposition back before the host's console lifetime registers its handler.
internal static class InterruptSignal
{
    private const int SigInt = 2;

    public static void Restore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            _ = Signal(SigInt, 0); // SIG_DFL
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern nint Signal(int signal, nint handler);
}
