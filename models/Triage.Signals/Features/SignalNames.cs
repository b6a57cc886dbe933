namespace Triage.Signals.Features;

// The signal vector's schema, in order. The classifier's feature schema hash is taken over these names.
public static class SignalNames
{
    public const string NearDuplicates1d = "near_duplicates_other_complainants_1d";
    public const string NearDuplicates7d = "near_duplicates_other_complainants_7d";
    public const string NearDuplicates30d = "near_duplicates_other_complainants_30d";
    public const string MaxTextSimilarity = "max_text_similarity_other_complainant";
    public const string BurstSize = "near_duplicate_burst_24h";
    public const string Fingerprinted = "text_fingerprinted";
    public const string TextLength = "text_length_log";
    public const string DemandTerms = "demand_terms";
    public const string ThreatTerms = "threat_terms";
    public const string JustificationTerms = "justification_terms";
    public const string AgencyTerms = "agency_terms";
    public const string RepresentativePhoneShared30d = "representative_phone_shared_30d";
    public const string OrganizationShared30d = "organization_shared_30d";
    public const string DeviceShared30d = "device_shared_30d";
    public const string IpShared30d = "ip_shared_30d";
    public const string ComplainantPhoneShared30d = "complainant_phone_shared_30d";
    public const string EmailShared30d = "email_shared_30d";
    public const string MaxAgentIdentifierShared7d = "max_agent_identifier_shared_7d";
    public const string MaxAgentIdentifierShared30d = "max_agent_identifier_shared_30d";
    public const string HubIdentifiers = "hub_identifiers";
    public const string Filings7d = "filings_by_complainant_7d";
    public const string Filings30d = "filings_by_complainant_30d";
    public const string Filings90d = "filings_by_complainant_90d";
    public const string Channels30d = "channels_used_by_complainant_30d";
    public const string DaysSincePreviousFiling = "days_since_previous_filing";
    public const string HasRepresentative = "has_representative";
    // The filing count the complaint claims for itself ("第5次投诉", Escalation). Last in the vector, so that a model trained
    // before it still reads every signal it knows at its place.
    public const string ClaimedFilingOrdinal = "claimed_filing_ordinal";
    // Since 2026-12-05, after it. Other complainants whose texts share rare sentences with this one, which files without a
    // representative (hindsight only: ShingleRarity.Sharers); and the template and agent counts again where the text
    // demands a waiver, the thing organised filings exist to force: shared content or a shared agent with a waiver demand
    // is the pattern, a law firm's house letter asking back a fee or a mass incident is not.
    public const string RareContentSharers30d = "rare_content_sharers_30d";
    public const string TemplateWithDemands30d = "template_with_demands_30d";
    public const string AgentWithDemands30d = "agent_identifier_with_demands_30d";
    // Since 2026-12-05, last: the representative names a law firm (LawFirms). Context that can only lower a score.
    public const string RepresentativeLawFirm = "representative_law_firm";
    // Since the eighth session of 2026-12-05, last: the other people who share the complaint's template within ±30 days,
    // whether they copied it whole (near-duplicates) or retyped it and kept its rare sentences (rare-content sharers): the
    // larger of the two; none for a named law firm's letter. One count for one piece of evidence, so that a model fitted
    // on a writer whose coached members copy the template learns the weight of "twenty people share this template" once,
    // and not split over counts another writer never lights up.
    public const string TemplateSharers30d = "template_sharers_30d";
    // Since the ninth session of 2026-12-05, last: the most other people behind one of the complaint's agent identifiers
    // within ±30 days (its representative's phone, its organisation, its device, its e-mail): not the IP address, which a
    // carrier's NAT gives thousands, nor the complainant's own phone, which relatives and branch landlines share; none for
    // a named law firm's letter, whose clients share the firm as honest clients do. The identifier behind which an
    // outfit files for many people, whoever wrote the texts (docs/classifier.md, "The agent's identifiers as a floor").
    public const string AgentPeople30d = "agent_identifier_people_30d";
    // Since 2026-12-06, last: of the rare-content sharers, those who filed a text behind an agent identifier that five or
    // more other people stand behind (SignalOptions.OutfitPeople; hindsight only). A coached member files alone and
    // retypes the template, so her text shares little with anyone; what it shares, it shares with the outfit's own
    // filings for other people. People who tell one incident in the same words share it with no outfit.
    public const string RareContentOutfitSharers30d = "rare_content_outfit_sharers_30d";

    // Since 2026-12-07, last: the kinds of non-negotiable demand the text states (Lexicons.Refusals: no offer whatever,
    // until they give in). The person step reads it over a person's filings (Triage.Classifier.PersonStep, the refusing
    // way); a model trained before it has no term for it.
    public const string RefusalTerms = "refusal_terms";

    public static readonly IReadOnlyList<string> Channels = ["app", "web", "hotline", "email", "letter", "regulator", "social", "branch", "other"];
    public static readonly IReadOnlyList<string> Relations = ["family", "lawyer", "agent", "other"];

    public static readonly IReadOnlyList<string> All =
    [
        NearDuplicates1d, NearDuplicates7d, NearDuplicates30d, MaxTextSimilarity, BurstSize, Fingerprinted, TextLength,
        DemandTerms, ThreatTerms, JustificationTerms, AgencyTerms,
        RepresentativePhoneShared30d, OrganizationShared30d, DeviceShared30d, IpShared30d, ComplainantPhoneShared30d, EmailShared30d,
        MaxAgentIdentifierShared7d, MaxAgentIdentifierShared30d, HubIdentifiers,
        Filings7d, Filings30d, Filings90d, Channels30d, DaysSincePreviousFiling, HasRepresentative,
        .. Channels.Select(c => $"channel_{c}"),
        .. Relations.Select(r => $"relation_{r}"),
        ClaimedFilingOrdinal, RareContentSharers30d, TemplateWithDemands30d, AgentWithDemands30d, RepresentativeLawFirm,
        TemplateSharers30d, AgentPeople30d, RareContentOutfitSharers30d, RefusalTerms,
    ];

    public static int IndexOf(string name)
    {
        var index = All.IndexOf(name);
        return index >= 0 ? index : throw new ArgumentException($"Unknown signal {name}", nameof(name));
    }

    private static int IndexOf(this IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
            if (names[i] == name)
                return i;
        return -1;
    }
}
