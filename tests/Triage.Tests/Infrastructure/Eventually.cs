namespace Triage.Tests.Infrastructure;

public static class Eventually
{
    // Polls until the condition holds or the time is up; the assertion that follows says what was expected. Every 100 ms
    // unless told otherwise: a condition that holds only for a moment wants a shorter interval.
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
                return true;
            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(100));
        }
        return await condition();
    }

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan timeout) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout);
}
