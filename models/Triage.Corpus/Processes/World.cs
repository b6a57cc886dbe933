using Triage.Corpus.People;
using Triage.Corpus.Text;
using Triage.Corpus.Wire;
using Triage.Corpus.Writers;

namespace Triage.Corpus.Processes;

// The state the processes share while the corpus is written, all of it bounded.
public sealed class World
{
    private static readonly (string, double)[] HonestCategories =
        [("collection", 28), ("fees", 18), ("deduction", 14), ("credit-report", 10), ("privacy", 7), ("insurance", 7), ("service", 12), ("other", 4)];

    private readonly ExternalIds ids = new();
    private readonly Func<string, IComplaintWriter> writers;

    public World(CorpusOptions options)
    {
        Options = options;
        Timeline = new Timeline(options);
        var setup = Seeds.Random(options.Seed, "world");
        Networks = new Networks(setup, options.Complaints);
        People = new PersonFactory(Networks, options.End);
        BranchPhones = Enumerable.Range(0, 4).Select(_ => Phones.Landline(setup, Regions.Pick(setup))).ToArray();
        Lawyers = new LawyerPool(setup, Math.Max(3, Budget.From(options).HonestRepresented / 10));
        Rng = Seeds.Random(options.Seed, "render");
        writers = WriterChoice.For(options.Writer, options.Seed);
    }

    public CorpusOptions Options { get; }
    public Timeline Timeline { get; }
    public Random Rng { get; }
    public Networks Networks { get; }
    public PersonFactory People { get; }
    public string[] BranchPhones { get; }
    public LawyerPool Lawyers { get; }
    public IComplaintWriter WriterFor(string group) => writers(group);
    public CasePool FollowUps { get; } = new(800, 45);
    public CasePool Copies { get; } = new(1_200, 7);

    public int Day(DateTimeOffset at) => (int)(at - Timeline.Start).TotalDays;

    public void Remember(HonestCase item)
    {
        FollowUps.Add(Rng, Day(item.FirstAt), item);
        if (item.FirstChannel is not "regulator" and not "letter" && item.FirstText.Length > 20)
            Copies.Add(Rng, Day(item.FirstAt), item);
    }

    public string HonestCategory() => Channels.Pick(Rng, HonestCategories);

    public string BranchPhone() => BranchPhones[Rng.Next(BranchPhones.Length)];

    // The desk's reading of the category: usually right, sometimes another one, sometimes left empty.
    public string? DeskCategory(string category)
    {
        var u = Rng.NextDouble();
        return u < 0.92 ? category : u < 0.96 ? HonestCategories[Rng.Next(HonestCategories.Length)].Item1 : null;
    }

    public string? Product(string product) => Rng.NextDouble() < 0.85 ? product : null;

    public LabelledComplaint Emit(Arrival arrival, Complainant complainant, Representative? representative,
        string? product, string? category, string text, Origin? origin, string kind, string group)
    {
        var at = Timeline.Second(arrival.At);
        var externalId = ids.Next(arrival.Channel, at);
        if (Options.SurfaceNoise)
            text = SurfaceStyle.Apply(text, Options.Seed, kind == ComplaintKind.Incident ? $"{group}:{arrival.Sequence}" : group, arrival.Sequence);
        if (text.Length > 10_000)
            text = text[..10_000];
        var complaint = new Complaint(externalId, arrival.Channel, at, complainant, representative, product, category, text, origin);
        return new LabelledComplaint(complaint, new ComplaintLabel(externalId, ComplaintKind.IsSuspect(kind), kind, group));
    }
}
