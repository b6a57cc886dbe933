using Triage.Corpus.People;
using Triage.Corpus.Wire;

namespace Triage.Corpus.Processes;

// Which of a person's identifiers a channel records: the app knows the customer id, 12378 asks for the ID
// number, a letter may carry only a name and a phone, a branch clerk sometimes types the branch's own number.
public static class Cards
{
    public static Complainant Complainant(Random rng, Person person, string channel, string? branchPhone = null)
    {
        var (phone, id, customer, email) = channel switch
        {
            "app" => (1.0, 0.4, 0.95, 0.08),
            "web" => (0.95, 0.5, 0.5, 0.3),
            "hotline" => (0.96, 0.3, 0.6, 0.03),
            "regulator" => (0.98, 0.85, 0.1, 0.05),
            "email" => (0.6, 0.3, 0.3, 1.0),
            "letter" => (0.75, 0.6, 0.1, 0.05),
            "social" => (0.4, 0.1, 0.1, 0.1),
            "branch" => (0.9, 0.92, 0.6, 0.05),
            _ => (0.8, 0.3, 0.3, 0.1),
        };
        var name = channel == "social" && rng.NextDouble() < 0.3 ? Nickname(rng) : person.Name;
        var phoneValue = rng.NextDouble() < phone ? person.Phone : null;
        if (channel == "branch" && branchPhone is not null && rng.NextDouble() < 0.12)
            phoneValue = branchPhone;
        return new Complainant(
            name,
            phoneValue,
            rng.NextDouble() < id ? person.IdNumber : null,
            rng.NextDouble() < customer ? person.CustomerId : null,
            rng.NextDouble() < email ? person.Email : null);
    }

    public static Origin? Origin(Random rng, string channel, string ip, string device) => channel switch
    {
        "app" => new Origin(ip, device),
        "web" => new Origin(ip, rng.NextDouble() < 0.4 ? device : null),
        "regulator" when rng.NextDouble() < 0.25 => new Origin(ip, null),
        "social" or "email" when rng.NextDouble() < 0.2 => new Origin(ip, null),
        _ => null,
    };

    private static string Nickname(Random rng)
    {
        string[] words = ["快乐的小鱼", "一只猫", "追风少年", "不想上班", "月亮船", "阿杰", "小王", "柠檬不酸", "路人甲", "晴天"];
        return rng.Next(3) == 0 ? $"用户{rng.Next(1_000_000, 99_999_999)}" : words[rng.Next(words.Length)] + rng.Next(10, 999);
    }
}
