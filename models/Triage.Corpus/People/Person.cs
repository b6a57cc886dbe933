namespace Triage.Corpus.People;

public sealed record Person(
    string Id,
    string Name,
    string Pinyin,
    bool Male,
    DateOnly Birth,
    Region Region,
    string Phone,
    string IdNumber,
    string CustomerId,
    string Email,
    string DeviceId,
    string Ip)
{
    public int AgeAt(DateTimeOffset when) => when.Year - Birth.Year;
}
