namespace Triage.Corpus.Processes;

// Channel mixes per kind of complainant. Honest people also use the regulator; rings also use the app.
public static class Channels
{
    public static readonly string[] All = ["app", "web", "hotline", "email", "letter", "regulator", "social", "branch", "other"];

    public static readonly (string, double)[] Honest =
        [("app", 34), ("hotline", 22), ("web", 9), ("regulator", 11), ("email", 4), ("letter", 2), ("social", 7), ("branch", 6), ("other", 5)];
    public static readonly (string, double)[] Waiver =
        [("app", 28), ("hotline", 30), ("web", 8), ("regulator", 16), ("email", 3), ("letter", 3), ("social", 4), ("branch", 5), ("other", 3)];
    public static readonly (string, double)[] Lawyer =
        [("letter", 25), ("email", 25), ("regulator", 20), ("web", 10), ("hotline", 10), ("branch", 10)];
    public static readonly (string, double)[] Family =
        [("hotline", 35), ("app", 25), ("branch", 15), ("web", 10), ("regulator", 10), ("social", 5)];
    public static readonly (string, double)[] Incident =
        [("app", 35), ("hotline", 30), ("social", 10), ("web", 8), ("regulator", 7), ("email", 5), ("other", 5)];
    public static readonly (string, double)[] Copy =
        [("regulator", 60), ("web", 12), ("email", 10), ("social", 12), ("letter", 6)];
    public static readonly (string, double)[] Agent =
        [("regulator", 45), ("email", 14), ("letter", 8), ("web", 12), ("app", 12), ("hotline", 6), ("social", 3)];
    public static readonly (string, double)[] Coached =
        [("regulator", 38), ("app", 26), ("hotline", 12), ("web", 10), ("social", 8), ("letter", 6)];
    public static readonly (string, double)[] RepeatEarly =
        [("app", 30), ("hotline", 35), ("web", 15), ("email", 10), ("regulator", 10)];
    public static readonly (string, double)[] RepeatLate =
        [("regulator", 35), ("hotline", 25), ("social", 12), ("letter", 8), ("email", 8), ("app", 7), ("branch", 5)];

    public static string Pick(Random rng, (string Channel, double Weight)[] mix)
    {
        var u = rng.NextDouble() * mix.Sum(m => m.Weight);
        foreach (var (channel, weight) in mix)
            if ((u -= weight) < 0)
                return channel;
        return mix[^1].Channel;
    }

    public static bool Online(string channel) => channel is "app" or "web";
}
