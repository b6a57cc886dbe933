using Triage.Signals.Links;

namespace Triage.Signals.Features;

public sealed class SignalOptions
{
    public HubPolicy Hubs { get; set; } = new();

    // The same complaint sent through another channel within this time is one case, not a repeat: the copy holds this much
    // of the shorter text (TextOverlap.Containment), whatever preface it carries or however a channel cut it short.
    // A referral from the regulator comes days after the app: about half of every writer's copies arrive 3 to 7 days after
    // the original (docs/signals.md, "One complaint copied across channels counts once").
    public TimeSpan CopyWindow { get; set; } = TimeSpan.FromDays(7);

    public double CopyContainment { get; set; } = 0.8;

    // A later filing of the person that holds this much of an earlier one (TextOverlap.Containment), through any channel
    // and at any time within the window, is the same case again: an honest follow-up restates its unsolved problem, the
    // amounts and the story, where a professional repeat complainant writes each filing afresh with a new grievance
    // (domain.md). It counts once, as a copy does. Null: only copies count once.
    public double? SameCaseContainment { get; set; } = SameCaseDefault;

    public const double SameCaseDefault = 0.6;

    public TimeSpan LongestWindow => TimeSpan.FromDays(90);

    // A phone, email or customer id given by more complainants than this (a person and a relative or two) is not one
    // person's: an agent's phone or a branch's landline. Filings are counted only through personal identifiers within it.
    public int PersonMaxComplainants { get; set; } = 3;

    // The same name on another filing names the same person only when the two texts also share this much skeleton (the
    // person's old grievances restated), and only while at most NameMaxComplainants complainant keys stand behind the name
    // (one person who gives other identifiers each time is up to four keys). Null: names link nothing.
    public double? NameSimilarity { get; set; } = 0.08;

    public int NameMaxComplainants { get; set; } = 8;

    // In hindsight, another complainant whose templated texts share rare shingles (ShingleRarity.RareWeight and above) with
    // a complaint filed without a representative, weighing at least this much together, counts in its
    // rare_content_sharers_30d. Null: rare content counts nothing.
    public double? RareContentShared { get; set; } = 12;

    // In hindsight, of those sharers, the ones who filed a text behind an agent identifier that at least this many other
    // people stand behind (agent_identifier_people_30d) count in rare_content_outfit_sharers_30d: the template the
    // outfit's own filings carry. Five, as the evidence model's floor for the agent identifier (docs/classifier.md).
    public int OutfitPeople { get; set; } = FivePeople;

    // Five or more other people behind one agent identifier: what stands behind an outfit here and what the evidence
    // model's agent floor starts at (EvidenceOptions.Floors). No honest complaint of writers a, b or c reached it on the
    // tuning seed (docs/classifier.md, "The agent's identifiers as a floor").
    public const int FivePeople = 5;

    // The rare content (weighed as for RareContentShared) another complainant's templated text behind an outfit's
    // identifier must share with the complaint to count in rare_content_outfit_sharers_30d: a sentence or two, where a
    // stranger's text must share four times as much. Being behind an outfit is evidence of its own. Chosen on tuning seed
    // 303 among 2, 3, 4 and 6 (docs/classifier.md, "Rare content shared with an outfit's filings").
    public double OutfitContentShared { get; set; } = 3;
}
