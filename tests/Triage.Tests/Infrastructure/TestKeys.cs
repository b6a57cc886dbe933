namespace Triage.Tests.Infrastructure;

public static class TestKeys
{
    public const string Encryption = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
    public const string Hash = "ESIzRFVmd4iZqrvM3e7/ABEiM0RVZneImaq7zN3u/wA=";
}
