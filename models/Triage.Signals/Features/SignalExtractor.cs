using Triage.Signals.Links;

namespace Triage.Signals.Features;

// The one place that turns a complaint and its context into the signal vector, online or with hindsight.
public sealed class SignalExtractor(SignalOptions options)
{
    public SignalOptions Options => options;

    private const int NameSightingLimit = 1000;

    private static readonly IdentifierKind[] SharedKinds =
    [
        IdentifierKind.RepresentativePhone, IdentifierKind.Organization, IdentifierKind.Device, IdentifierKind.Ip,
        IdentifierKind.ComplainantPhone, IdentifierKind.Email,
    ];

    public async Task<SignalVector> ExtractAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, CancellationToken cancellationToken = default)
    {
        var signals = new SignalVector();
        await AddTextSignalsAsync(complaint, context, mode, signals, cancellationToken);
        await AddIdentifierSignalsAsync(complaint, context, mode, signals, cancellationToken);
        await AddFilingSignalsAsync(complaint, context, mode, signals, cancellationToken);
        AddLexiconSignals(complaint, signals);
        AddClaimedFilings(complaint, signals);
        // A named law firm's letter shares its structure with other firms' letters (the legal register: 函告如下, the same
        // articles of law) and with the firm's letters for its other clients, which the shared representative counts: the
        // template count holds no one for it. Its clients share the firm's phone as honest clients do, so it stands behind
        // no outfit's identifier either.
        if (!complaint.RepresentedByLawFirm)
        {
            signals[SignalNames.TemplateSharers30d] = Math.Max(signals[SignalNames.NearDuplicates30d], signals[SignalNames.RareContentSharers30d]);
            signals[SignalNames.AgentPeople30d] = AgentIdentifierSignals.Max(name => signals[name]);
        }
        if (signals[SignalNames.DemandTerms] >= 1)
        {
            signals[SignalNames.TemplateWithDemands30d] = signals[SignalNames.TemplateSharers30d];
            signals[SignalNames.AgentWithDemands30d] = signals[SignalNames.MaxAgentIdentifierShared30d];
        }
        signals[$"channel_{(SignalNames.Channels.Contains(complaint.Channel) ? complaint.Channel : "other")}"] = 1;
        if (complaint.RepresentativeRelation is { } relation)
        {
            signals[SignalNames.HasRepresentative] = 1;
            signals[$"relation_{(SignalNames.Relations.Contains(relation) ? relation : "other")}"] = 1;
        }
        if (complaint.RepresentedByLawFirm)
            signals[SignalNames.RepresentativeLawFirm] = 1;
        return signals;
    }

    // The counts of the identifiers an outfit files behind (agent_identifier_people_30d).
    private static readonly string[] AgentIdentifierSignals = IdentifierKinds.Outfit.Select(SharedSignal).ToArray();

    // The count of other people behind an identifier of this kind within 30 days.
    private static string SharedSignal(IdentifierKind kind) => kind switch
    {
        IdentifierKind.RepresentativePhone => SignalNames.RepresentativePhoneShared30d,
        IdentifierKind.Organization => SignalNames.OrganizationShared30d,
        IdentifierKind.Device => SignalNames.DeviceShared30d,
        IdentifierKind.Ip => SignalNames.IpShared30d,
        IdentifierKind.ComplainantPhone => SignalNames.ComplainantPhoneShared30d,
        _ => SignalNames.EmailShared30d,
    };

    // Whether the complaint stands behind an outfit's identifier: its agent_identifier_people_30d, counted as the vector
    // counts it, reaches SignalOptions.OutfitPeople (none for a named law firm's letter). Only the outfit's identifiers are
    // counted, and only until one reaches it.
    public async Task<bool> BehindOutfitAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, CancellationToken cancellationToken = default)
    {
        if (complaint.RepresentedByLawFirm)
            return false;
        foreach (var identifier in complaint.Identifiers.Where(i => IdentifierKinds.Outfit.Contains(i.Kind)))
            if (await OthersBehindAsync(complaint, identifier, context, mode, cancellationToken) >= options.OutfitPeople)
                return true;
        return false;
    }

    // The other complainants behind an identifier within 30 days, or null for a hub (which links nobody).
    private async Task<int?> OthersBehindAsync(ComplaintFacts complaint, Identifier identifier, ISignalContext context, SignalMode mode,
        CancellationToken cancellationToken)
    {
        var (hubFrom, hubTo) = Window(complaint, options.Hubs.Window, mode);
        var inHubWindow = await context.DistinctComplainantsAsync(identifier, hubFrom, hubTo, options.Hubs.MaxDistinctComplainants + 1, cancellationToken);
        if (options.Hubs.IsHub(identifier, inHubWindow))
            return null;
        var (from, to) = Window(complaint, TimeSpan.FromDays(30), mode);
        // Others, not counting this complainant.
        return Math.Max(0, await context.DistinctComplainantsAsync(identifier, from, to, int.MaxValue, cancellationToken) - 1);
    }

    private (DateTimeOffset From, DateTimeOffset To) Window(ComplaintFacts complaint, TimeSpan span, SignalMode mode) =>
        mode == SignalMode.Online
            ? (complaint.ReceivedAt - span, complaint.ReceivedAt)
            : (complaint.ReceivedAt - span, complaint.ReceivedAt + span);

    private async Task AddTextSignalsAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, SignalVector signals, CancellationToken cancellationToken)
    {
        var (from, to) = Window(complaint, TimeSpan.FromDays(30), mode);
        var evidence = await context.TextEvidenceAsync(complaint, from, to, cancellationToken);
        signals[SignalNames.Fingerprinted] = evidence.Fingerprinted ? 1 : 0;
        signals[SignalNames.TextLength] = MathF.Log(1 + complaint.Text.Length);
        // A complainant who files alone (no representative) yet shares rare sentences with other people's templated
        // texts: a coached retyping of a template, too loose for a near-duplicate. A representative's letters for several
        // clients are the representative's own, and are counted as the shared representative instead.
        if (mode == SignalMode.Hindsight && complaint.RepresentativeRelation is null && options.RareContentShared is { } shared)
        {
            var sharing = await context.RareContentSharersAsync(complaint, from, to, shared, options.OutfitContentShared, cancellationToken);
            signals[SignalNames.RareContentSharers30d] = sharing.People;
            signals[SignalNames.RareContentOutfitSharers30d] = sharing.BehindOutfits;
        }
        if (evidence.Neighbours.Count == 0)
            return;
        int Within(TimeSpan span)
        {
            var (f, t) = Window(complaint, span, mode);
            return evidence.Neighbours.Where(n => n.At >= f && n.At <= t).Select(n => n.Complainant).Distinct().Count();
        }
        signals[SignalNames.NearDuplicates1d] = Within(TimeSpan.FromDays(1));
        signals[SignalNames.NearDuplicates7d] = Within(TimeSpan.FromDays(7));
        signals[SignalNames.NearDuplicates30d] = Within(TimeSpan.FromDays(30));
        signals[SignalNames.BurstSize] = Within(TimeSpan.FromHours(mode == SignalMode.Online ? 24 : 12));
        signals[SignalNames.MaxTextSimilarity] = (float)evidence.Neighbours.Max(n => n.Similarity);
    }

    private async Task AddIdentifierSignalsAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, SignalVector signals, CancellationToken cancellationToken)
    {
        var hubs = 0;
        float max7 = 0, max30 = 0;
        foreach (var identifier in complaint.Identifiers.Where(i => SharedKinds.Contains(i.Kind)))
        {
            if (await OthersBehindAsync(complaint, identifier, context, mode, cancellationToken) is not { } others30)
            {
                hubs++;
                continue;
            }
            var (from7, to7) = Window(complaint, TimeSpan.FromDays(7), mode);
            // Others, not counting this complainant.
            var others7 = Math.Max(0, await context.DistinctComplainantsAsync(identifier, from7, to7, int.MaxValue, cancellationToken) - 1);
            var name = SharedSignal(identifier.Kind);
            signals[name] = Math.Max(signals[name], others30);
            if (identifier.Kind is not IdentifierKind.Ip)
            {
                max7 = Math.Max(max7, others7);
                max30 = Math.Max(max30, others30);
            }
        }
        signals[SignalNames.MaxAgentIdentifierShared7d] = max7;
        signals[SignalNames.MaxAgentIdentifierShared30d] = max30;
        signals[SignalNames.HubIdentifiers] = hubs;
    }

    private async Task AddFilingSignalsAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, SignalVector signals, CancellationToken cancellationToken)
    {
        var (from, to) = Window(complaint, options.LongestWindow, mode);
        var personal = await PersonalIdentifiersAsync(complaint, context, mode, cancellationToken);
        var filings = personal.Count == 0 ? [] : await context.FilingsAsync(complaint, personal, from, to, cancellationToken);
        var named = await NamedFilingsAsync(complaint, context, mode, from, to, cancellationToken);
        if (named.Count > 0)
            filings = filings.Concat(named).DistinctBy(f => f.ComplaintId).OrderBy(f => f.At).ToList();
        if (filings.Count > 0)
            filings = await WithFurtherFilingsAsync(complaint, personal, filings, from, to, context, mode, cancellationToken);
        if (filings.Count == 0)
        {
            signals[SignalNames.DaysSincePreviousFiling] = (float)options.LongestWindow.TotalDays;
            return;
        }
        if (mode == SignalMode.Hindsight)
            signals.Person = filings;
        var cases = await CasesAsync(complaint, filings, context, cancellationToken);
        // Online: the person's filings in the span before this one. In hindsight the person's, not the filing's: the most
        // filings of theirs in any span of that length, so every filing of one person carries the same person evidence.
        var times = cases.Select(c => c.At).Append(complaint.ReceivedAt).Order().ToArray();
        int Within(TimeSpan span)
        {
            if (mode == SignalMode.Online)
                return cases.Count(c => c.At >= complaint.ReceivedAt - span && c.At <= complaint.ReceivedAt);
            var most = 0;
            for (int first = 0, last = 0; last < times.Length; last++)
            {
                while (times[last] - times[first] > span)
                    first++;
                most = Math.Max(most, last - first + 1);
            }
            return most - 1;
        }
        signals[SignalNames.Filings7d] = Within(TimeSpan.FromDays(7));
        signals[SignalNames.Filings30d] = Within(TimeSpan.FromDays(30));
        signals[SignalNames.Filings90d] = Within(TimeSpan.FromDays(90));
        var (f30, t30) = Window(complaint, TimeSpan.FromDays(30), mode);
        signals[SignalNames.Channels30d] = filings.Where(f => f.At >= f30 && f.At <= t30).Select(f => f.Channel).Append(complaint.Channel).Distinct().Count();
        var previous = mode == SignalMode.Online
            ? filings.Where(f => f.At <= complaint.ReceivedAt).Select(f => (complaint.ReceivedAt - f.At).TotalDays).DefaultIfEmpty(options.LongestWindow.TotalDays).Min()
            : times.Zip(times.Skip(1), (a, b) => (b - a).TotalDays).DefaultIfEmpty(options.LongestWindow.TotalDays).Min();
        signals[SignalNames.DaysSincePreviousFiling] = (float)previous;
    }

    private async Task<List<Identifier>> PersonalIdentifiersAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, CancellationToken cancellationToken)
    {
        var personal = new List<Identifier>();
        foreach (var identifier in complaint.Identifiers.Where(i => ComplainantKey.IsPersonal(i.Kind)).DistinctBy(i => i.Hash))
            if (await SaysWhoAsync(complaint, identifier, context, mode, cancellationToken))
                personal.Add(identifier);
        return personal;
    }

    // A person who gives a phone in one filing, an ID number in the next and no number at all in a letter: the name they
    // sign with finds their other filings when the texts share content too. A name alone names nobody.
    private async Task<IReadOnlyList<Filing>> NamedFilingsAsync(ComplaintFacts complaint, ISignalContext context, SignalMode mode, DateTimeOffset from,
        DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (options.NameSimilarity is not { } least || complaint.Name is not { } name
            || options.Hubs.IsAllowListed(name))
            return [];
        // People behind the name: the complainant keys of the filings that gave a personal identifier (a letter that gave
        // none is no one more). A name that more people give is common, not a person's.
        var (hubFrom, hubTo) = Window(complaint, options.Hubs.Window, mode);
        var sightings = await context.SightingsAsync(name, hubFrom, hubTo, NameSightingLimit, cancellationToken);
        if (sightings.Count >= NameSightingLimit ||
            sightings.Select(s => s.Complainant).Where(ComplainantKey.NamesSomeone).Distinct().Count() > options.NameMaxComplainants)
            return [];
        var found = new List<Filing>();
        foreach (var filing in await context.FilingsAsync(complaint, [name], from, to, cancellationToken))
            if ((await context.OverlapAsync(complaint.Id, filing.ComplaintId, cancellationToken)).Similarity >= least
                && !await NamesakeAsync(complaint, filing, context, cancellationToken))
                found.Add(filing);
        return found;
    }

    // An ID number, or a lender's customer id, names one person: a filing under the same name that gives another one of
    // that kind, where this filing gives its own, is a namesake's, however alike the two texts (two people with a common
    // name who complain of the same fee). A repeat complainant who files under a relative's ID does so under the
    // relative's name, which this never compares.
    private static async Task<bool> NamesakeAsync(ComplaintFacts complaint, Filing filing, ISignalContext context, CancellationToken cancellationToken)
    {
        var own = complaint.Identifiers.Where(i => i.Kind is IdentifierKind.ComplainantIdNumber or IdentifierKind.CustomerId).ToList();
        if (own.Count == 0)
            return false;
        var theirs = await context.PersonalIdentifiersAsync([filing.ComplaintId], cancellationToken);
        return own.GroupBy(i => i.Kind).Any(kind =>
            theirs.Any(t => t.Kind == kind.Key) && !theirs.Any(t => t.Kind == kind.Key && kind.Any(i => i.Hash == t.Hash)));
    }

    // An identifier says who files while at most a few people (a person and their relatives) stand behind it.
    private async Task<bool> SaysWhoAsync(ComplaintFacts complaint, Identifier identifier, ISignalContext context, SignalMode mode, CancellationToken cancellationToken)
    {
        var (from, to) = Window(complaint, options.Hubs.Window, mode);
        return await context.DistinctComplainantsAsync(identifier, from, to, options.PersonMaxComplainants + 1, cancellationToken) <= options.PersonMaxComplainants;
    }

    // The person's, not only this filing's: someone who gives the phone alone here and an ID number there is found
    // through the identifiers their other filings carry, one hop further, by the same rule of who an identifier names.
    private async Task<IReadOnlyList<Filing>> WithFurtherFilingsAsync(ComplaintFacts complaint, IReadOnlyList<Identifier> personal, IReadOnlyList<Filing> filings,
        DateTimeOffset from, DateTimeOffset to, ISignalContext context, SignalMode mode, CancellationToken cancellationToken)
    {
        var known = personal.Select(i => i.Hash).ToHashSet();
        var further = new List<Identifier>();
        foreach (var identifier in await context.PersonalIdentifiersAsync(filings.Select(f => f.ComplaintId).ToList(), cancellationToken))
            if (known.Add(identifier.Hash) && await SaysWhoAsync(complaint, identifier, context, mode, cancellationToken))
                further.Add(identifier);
        if (further.Count == 0)
            return filings;
        var more = await context.FilingsAsync(complaint, further, from, to, cancellationToken);
        return filings.Concat(more).DistinctBy(f => f.ComplaintId).OrderBy(f => f.At).ToList();
    }

    // Other filings by the same complainant, one case counted once: copies of one complaint sent through several channels,
    // and the same case told again (SignalOptions.SameCaseContainment).
    private async Task<List<Filing>> CasesAsync(ComplaintFacts complaint, IReadOnlyList<Filing> filings, ISignalContext context, CancellationToken cancellationToken)
    {
        var self = new Filing(complaint.Id, complaint.ReceivedAt, complaint.Channel);
        var cases = new List<Filing> { self };
        foreach (var filing in filings.OrderBy(f => f.At))
        {
            var again = false;
            foreach (var existing in cases)
            {
                var copyable = existing.Channel != filing.Channel && (filing.At - existing.At).Duration() <= options.CopyWindow;
                if (!copyable && options.SameCaseContainment is null)
                    continue;
                var containment = (await context.OverlapAsync(existing.ComplaintId, filing.ComplaintId, cancellationToken)).Containment;
                if ((copyable && containment >= options.CopyContainment) || containment >= options.SameCaseContainment)
                {
                    again = true;
                    break;
                }
            }
            if (!again)
                cases.Add(filing);
        }
        cases.Remove(self);
        return cases;
    }

    // A complaint that calls itself the person's Nth speaks of N − 1 earlier filings, which this store may never have seen
    // (filed at the regulator, or under no identifier it can link): they count as the person's filings over 30 and 90
    // days. Only more, never fewer, than the filings linked; the claim itself stays a signal of its own, for the reason.
    private static void AddClaimedFilings(ComplaintFacts complaint, SignalVector signals)
    {
        var claimed = Escalation.ClaimedOrdinal(complaint.Text);
        signals[SignalNames.ClaimedFilingOrdinal] = claimed;
        if (claimed < 2)
            return;
        signals[SignalNames.Filings30d] = Math.Max(signals[SignalNames.Filings30d], claimed - 1);
        signals[SignalNames.Filings90d] = Math.Max(signals[SignalNames.Filings90d], claimed - 1);
    }

    private static void AddLexiconSignals(ComplaintFacts complaint, SignalVector signals)
    {
        signals[SignalNames.DemandTerms] = Lexicons.CountIn(Lexicons.Demands, complaint.Text);
        signals[SignalNames.ThreatTerms] = Lexicons.CountIn(Lexicons.Threats, complaint.Text);
        signals[SignalNames.JustificationTerms] = Lexicons.CountIn(Lexicons.Justifications, complaint.Text);
        signals[SignalNames.AgencyTerms] = Lexicons.CountIn(Lexicons.Agency, complaint.Text);
        signals[SignalNames.RefusalTerms] = Lexicons.CountIn(Lexicons.Refusals, complaint.Text);
    }
}
