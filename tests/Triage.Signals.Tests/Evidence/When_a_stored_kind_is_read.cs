using Triage.Signals.Links;

namespace Triage.Signals.Tests.Evidence;

// Kinds are stored as text; a newer build may store kinds an older one does not know.
public class When_a_stored_kind_is_read
{
    [TestCase("ComplainantPhone", true)]
    [TestCase("ComplainantIdNumber", true)]
    [TestCase("CustomerId", true)]
    [TestCase("RepresentativePhone", false)]
    [TestCase("Device", false)]
    [TestCase("WeChat", false)]
    [TestCase("", false)]
    public void Should_count_as_personal_only_a_known_personal_kind(string stored, bool personal) =>
        Assert.That(ComplainantKey.IsPersonal(stored), Is.EqualTo(personal));

    // The name finds a person's filings (beside shared text), without being a personal identifier of its own.
    [TestCase("ComplainantName", true, false)]
    [TestCase("ComplainantIdNumber", true, true)]
    [TestCase("Organization", false, false)]
    [TestCase("WeChat", false, false)]
    public void Should_look_for_filings_through_personal_kinds_and_the_name(string stored, bool findsFilings, bool personal)
    {
        Assert.That(ComplainantKey.FindsFilings(stored), Is.EqualTo(findsFilings));
        Assert.That(ComplainantKey.IsPersonal(stored), Is.EqualTo(personal));
    }
}
