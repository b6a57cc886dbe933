namespace Triage.Corpus.Processes;

// How many complaints of each kind the corpus holds; the suspect total is exact.
public sealed record Budget(
    int Genuine, int FollowUp, int Incident, int CrossChannelCopy, int HonestWaiver, int HonestRepresented,
    int RingAndCoached, int Repeat)
{
    public static Budget From(CorpusOptions options)
    {
        var suspect = (int)Math.Round(options.Complaints * options.SuspectShare);
        var honest = options.Complaints - suspect;
        var ring = (int)Math.Round(suspect * 0.70);
        var followUp = (int)Math.Round(honest * 0.07);
        var incident = (int)Math.Round(honest * 0.08);
        var copy = (int)Math.Round(honest * 0.035);
        var waiver = (int)Math.Round(honest * 0.10);
        var represented = (int)Math.Round(honest * 0.05);
        var genuine = honest - followUp - incident - copy - waiver - represented;
        return new Budget(genuine, followUp, incident, copy, waiver, represented, ring, suspect - ring);
    }
}
