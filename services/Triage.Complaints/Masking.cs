using System.Text.RegularExpressions;

namespace Triage.Complaints;

// Phone and ID numbers never leave the service unmasked, wherever they stand.
public static partial class Masking
{
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
            return phone;
        var digits = phone.Replace("-", "");
        return digits.Length >= 8
            ? $"{digits[..3]}{new string('*', digits.Length - 7)}{digits[^4..]}"
            : $"{new string('*', Math.Max(0, digits.Length - 2))}{digits[^Math.Min(2, digits.Length)..]}";
    }

    public static string? IdNumber(string? id) =>
        string.IsNullOrEmpty(id) || id.Length < 10 ? id is null ? null : new string('*', id.Length) : $"{id[..6]}{new string('*', id.Length - 10)}{id[^4..]}";

    public static string? Email(string? email)
    {
        if (string.IsNullOrEmpty(email))
            return email;
        var at = email.IndexOf('@');
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }

    public static string? Ip(string? ip)
    {
        if (string.IsNullOrEmpty(ip))
            return ip;
        var cut = ip.Contains(':') ? ip.LastIndexOf(':') : ip.LastIndexOf('.');
        return cut < 0 ? "***" : ip[..(cut + 1)] + "*";
    }

    // Length-preserving: every masked number keeps its length.
    public static string Text(string text)
    {
        text = ResidentIdInText().Replace(text, m => IdNumber(m.Value)!);
        text = MobileInText().Replace(text, m => Phone(m.Value)!);
        // Same length as the original, so that highlighted spans computed on the original text still line up.
        return LandlineInText().Replace(text, m => m.Value[..4] + new string('*', m.Length - 8) + m.Value[^4..]);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex ResidentIdInText();

    [GeneratedRegex(@"(?<!\d)1\d{10}(?!\d)")]
    private static partial Regex MobileInText();

    [GeneratedRegex(@"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")]
    private static partial Regex LandlineInText();
}
