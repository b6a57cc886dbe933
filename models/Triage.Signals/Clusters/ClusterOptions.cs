using Triage.Signals.Text;

namespace Triage.Signals.Clusters;

public sealed class ClusterOptions
{
    public const string Section = "Triage:Clusters";

    // Complaints further apart than this are not linked, however alike.
    public TimeSpan Horizon { get; set; } = TimeSpan.FromDays(30);

    // Near-duplicate skeletons of different complainants are candidates at this estimated Jaccard or more (online,
    // without the corpus's rarities, they link at it)...
    public double TemplateSimilarity { get; set; } = 0.4;

    // ...and in hindsight a candidate links when its shingles weighed by rarity (ShingleRarity) are this similar...
    public double RareTemplateSimilarity { get; set; } = 0.3;

    // ...and what the two share weighs this much, in shingles of one complainant's own (weight 1): in 16,000
    // complainants about 25 shingles found in one outfit's texts only, or 70 of the stock phrases every outfit copies.
    // Two short texts of the same stock demands and threats are alike, but share nothing that ties them to one outfit.
    // Chosen on seeds 303 and 404 (docs/signals.md, "Cohesive clusters").
    public double MinSharedRarity { get; set; } = 15;

    public bool IsRareTemplate(RareOverlap overlap) => overlap.Similarity >= RareTemplateSimilarity && overlap.Shared >= MinSharedRarity;

    // ...but a template link weaker than this only brings a few complaints (one person's filings, a stray member) into
    // a cluster: it never merges two larger clusters, because rings copy from the same phrase banks and a loose
    // resemblance would glue different outfits together.
    public double BridgeSimilarity { get; set; } = 0.5;

    public int LooseJoinMaxSize { get; set; } = 5;

    public bool CanJoin(ClusterLink link, int size, int otherSize) =>
        link.Kind != ClusterLinkKind.Template || link.Strength >= BridgeSimilarity || Math.Min(size, otherSize) <= LooseJoinMaxSize;

    // A template never joins two groups each behind its own organisation (the organisations' keyed hashes): two law firms,
    // or two outfits, writing alike are two clusters, as two outfits copying one market's template are two rings.
    // (Phones do not count here: one outfit rotates several.)
    public static bool BehindOtherOrganizations(IReadOnlySet<string>? mine, IReadOnlySet<string>? theirs) =>
        mine is { Count: > 0 } && theirs is { Count: > 0 } && !mine.Overlaps(theirs);

    // A template joins a complaint to a cluster only when it resembles this many of its members (all of them, in a
    // smaller cluster), and two clusters only when this many pairs link them: one outfit's members all resemble each
    // other, while a chain (each text like the one before) or one look-alike between two groups does not join them.
    public int MinTemplateSupport { get; set; } = 2;

    public int RequiredSupport(int size, int otherSize, int strictness = 0) =>
        Math.Min(MinTemplateSupport + strictness, Math.Max(size, otherSize));

    // No giant components: a component past this size is split, grown again from its own links with templates from
    // SplitStep more similarity and one more supporting pair each round; after SplitRounds, unions past it give way.
    public int MaxSize { get; set; } = 500;

    public double SplitStep { get; set; } = 0.1;

    public int SplitRounds { get; set; } = 4;

    public double SplitSimilarity(int strictness) => strictness == 0 ? 0 : RareTemplateSimilarity + SplitStep * strictness;

    // In hindsight, a complaint left out of every group (alone, with its filer's own filings, or in a cluster smaller than
    // AttachMinSize) joins the group behind an outfit whose template it copies (CoreAttachment): the group has at least
    // AttachMinSize complaints, one agent phone, organisation, device or e-mail of AttachMinPeople complainants, and
    // complainants at least CoreMinPeopleShare of its complaints; its core is the rare shingles (rarity at least
    // CoreMinRarity) written by CoreShare of its complainants; the complaint holds AttachCoverage of the core's rarity
    // and AttachMargin times more than of any other core; a core gains at most AttachMaxGrowth times its size, or
    // nobody. Chosen on seeds 303 and 505 (docs/signals.md, "Coached members join their outfit's core").
    public int AttachMinSize { get; set; } = 5;

    public int AttachMinPeople { get; set; } = 3;

    public double CoreShare { get; set; } = 0.3;

    public double CoreMinPeopleShare { get; set; } = 0.4;

    public double AttachMaxGrowth { get; set; } = 1;

    public float CoreMinRarity { get; set; } = 0.4f;

    public double AttachCoverage { get; set; } = 0.2;

    public double AttachMargin { get; set; } = 3;

    public double AttachOwnShare { get; set; } = 0.3;

    // Where the complaints' scores are known, a complaint its own score flags (at least AttachFlaggedScore) joins on less:
    // AttachFlaggedCoverage of a core, AttachFlaggedMargin times more than of any other. Its text and its score then agree
    // that it is a coached member, one who spun the template further or told more of their own story around it. A group
    // of other people that no identifier holds, too small for a scored core, that the scores flag (risk at least
    // AttachFlaggedScore) is a unit too, which moves when half its members or more point to one core. And the growth limit
    // counts only the outsiders the scores do not flag, and every filing of a unit of PersonMinFilings or more that is no
    // such group (a repeat complainant's own case, which their own filings flag): a channel's boilerplate brings honest
    // people, whom their scores do not flag, while an outfit that coached more members than it filed for brings flagged
    // ones. Chosen on seeds 303 and 505 (docs/signals.md, "Coached members the scores flag").
    public double AttachFlaggedScore { get; set; } = 0.5;

    public double AttachFlaggedCoverage { get; set; } = 0.1;

    public double AttachFlaggedMargin { get; set; } = 2;

    // A group with no agent identifier of several complainants has a core too when its members' scores flag it strongly
    // (at least ScoredCoreMinSize complaints, risk at least ScoredCoreMinRisk): an outfit that coaches every member to file
    // from their own phone leaves no shared identifier, yet its template, burst and claims mark its members. Such a core
    // counts only if it repeats no core found before it by ScoredCoreMaxOverlap of the smaller one's rarity: two pieces of
    // one outfit's filings would split its stray members' cover between them, and neither would gain them. Chosen on
    // seeds 303 and 505 (docs/signals.md, "Outfits that coach every member"; the risk lowered from 0.8 in "Coached members
    // the scores flag").
    public int ScoredCoreMinSize { get; set; } = 20;

    public double ScoredCoreMinRisk { get; set; } = 0.7;

    public double ScoredCoreMaxOverlap { get; set; } = 0.5;

    // Such a group whose core repeats an earlier core by at least ScoredCoreMergeOverlap is another piece of that outfit
    // (the members it coached to file apart from its agent, with the same template): it joins the earlier core's group.
    // Between ScoredCoreMaxOverlap and this, the two may be two outfits that bought one template, and neither gains the
    // other. Chosen on seeds 303 and 505 (docs/signals.md, "Pieces of one outfit, and groups that text alone holds").
    public double ScoredCoreMergeOverlap { get; set; } = 0.75;

    // In hindsight, a group where two or more people's own filings hold PeopleHeldShare of it, and nothing but text joins
    // them, is taken apart into those people's filings (RepeatFilersApart): a person's own is a set of filings that
    // identifiers link, by at most PersonMaxComplainants complainant keys (a person and the relatives whose IDs they file
    // under), one name signing more than half of it and at least PersonMinFilings; unless its people copy each other's
    // texts (the median template link between two of them at CopySimilarity or more). Chosen on seeds 303 and 505
    // (docs/signals.md, "Repeat complainants who write from one stock"); PersonMinFilings 2 takes apart rings whose
    // members filed twice, and without CopySimilarity an outfit whose members filed its template three times is taken
    // apart.
    public int PersonMinFilings { get; set; } = 3;

    public int PersonMaxComplainants { get; set; } = 6;

    public double PeopleHeldShare { get; set; } = 0.8;

    public double CopySimilarity { get; set; } = 0.6;

    // In hindsight, a group whose linked sets (filings that identifiers, not text, join) fall into bursts TimesApartGap or
    // more apart, each of at least TimesApartMinSize filings, is taken apart into those bursts (TimesApart): two outfits
    // that bought one template and filed it weeks apart are two outfits; a person or an outfit that files again later is
    // one linked set and stays whole. A smaller burst stays with the nearest one. Null turns it off. Chosen on seeds 303
    // and 505 (docs/signals.md, "Outfits a gap in time apart").
    public TimeSpan? TimesApartGap { get; set; } = TimeSpan.FromDays(2);

    public int TimesApartMinSize { get; set; } = 5;

    // A cluster becomes suspect (flagged for the fraud team) at this size and risk.
    public int FlagMinSize { get; set; } = 3;

    public double FlagMinRisk { get; set; } = 0.5;

    // Shared identifiers that link complaints of different people; a shared IP alone does not (campus and carrier NAT).
    public ISet<IdentifierKind> LinkingKinds { get; set; } = new HashSet<IdentifierKind>
    {
        IdentifierKind.RepresentativePhone, IdentifierKind.Organization, IdentifierKind.Device, IdentifierKind.Email,
        IdentifierKind.ComplainantPhone, IdentifierKind.ComplainantIdNumber, IdentifierKind.CustomerId,
    };

    public bool IsFlagged(int size, double risk) => size >= FlagMinSize && risk >= FlagMinRisk;
}
