using System.Text;

namespace Triage.Signals.Text;

// A skeleton keeps each placeholder as one private-use character, so that a shingle sees it as one character and
// positions map one to one; Display spells them out for people.
public static class Placeholders
{
    private const char First = '\uE000';

    private static readonly string[] Labels =
        ["⟨NAME⟩", "⟨AMT⟩", "⟨DATE⟩", "⟨PHONE⟩", "⟨ID⟩", "⟨NO⟩", "⟨ORG⟩", "⟨REG⟩", "⟨EMAIL⟩", "⟨URL⟩", "⟨NUM⟩"];

    public static char Char(Placeholder placeholder) => (char)(First + (int)placeholder);

    public static bool Is(char c) => c >= First && c < First + Labels.Length;

    public static Placeholder Of(char c) =>
        Is(c) ? (Placeholder)(c - First) : throw new ArgumentOutOfRangeException(nameof(c), "not a placeholder");

    public static string Label(Placeholder placeholder) => Labels[(int)placeholder];

    public static string Display(string skeleton)
    {
        var display = new StringBuilder(skeleton.Length + 16);
        foreach (var c in skeleton)
        {
            if (Is(c))
                display.Append(Labels[c - First]);
            else
                display.Append(c);
        }
        return display.ToString();
    }
}
