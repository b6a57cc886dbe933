using System.Globalization;
using Triage.Signals.Features;

namespace Triage.Signals.Reasons;

// Short sentences from what drove a score, strongest first. They name counts and kinds, never a value: no phone,
// ID number, name or organisation ever appears in a reason.
public static class ReasonWriter
{
    public static IReadOnlyList<string> Write(SignalVector signals, SignalMode mode, int max = 5)
    {
        var period = mode == SignalMode.Online ? "in the last" : "within";
        var candidates = new List<(double Strength, string Text)>();
        void Add(string signal, double threshold, Func<int, string> sentence)
        {
            var value = signals[signal];
            if (value >= threshold)
                candidates.Add((value / threshold, sentence((int)Math.Round(value))));
        }

        Add(SignalNames.NearDuplicates30d, 2, n => $"the text matches {Complaints(n)} from other people {period} 30 days");
        Add(SignalNames.BurstSize, 5, n => $"{n} near-identical complaints from other people arrived within a day");
        Add(SignalNames.RepresentativePhoneShared30d, 1, n => $"the representative's phone is shared by {Others(n)} {period} 30 days");
        Add(SignalNames.OrganizationShared30d, 2, n => $"the representative's organisation acts for {Others(n)} {period} 30 days");
        Add(SignalNames.ComplainantPhoneShared30d, 1, n => $"the contact phone is also given by {Others(n)} {period} 30 days");
        Add(SignalNames.DeviceShared30d, 1, n => $"the device was used by {Others(n)} {period} 30 days");
        Add(SignalNames.EmailShared30d, 1, n => $"the email address is shared by {Others(n)} {period} 30 days");
        Add(SignalNames.IpShared30d, 5, n => $"the network address is shared by {Others(n)} {period} 30 days");
        Add(SignalNames.Filings30d, 2, n => $"{Ordinal(n + 1)} complaint by this person {period} 30 days");
        Add(SignalNames.Channels30d, 3, n => $"this person used {n} channels {period} 30 days");
        Add(SignalNames.AgencyTerms, 1, _ => "the text hands the case to an agent (委托, 代理)");
        Add(SignalNames.DemandTerms, 3, n => $"the text makes {n} standard waiver demands (停息挂账, 减免, 修复征信 …)");
        Add(SignalNames.ThreatTerms, 3, n => $"the text threatens {n} escalations (regulator, media, court, police)");
        return candidates.OrderByDescending(c => c.Strength).Take(max).Select(c => c.Text).ToList();
    }

    private static string Complaints(int n) => n == 1 ? "1 complaint" : $"{n} complaints";

    private static string Others(int n) => n == 1 ? "1 other complainant" : $"{n} other complainants";

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch
        {
            1 => $"{n}st",
            2 => $"{n}nd",
            3 => $"{n}rd",
            _ => n.ToString(CultureInfo.InvariantCulture) + "th",
        },
    };
}
