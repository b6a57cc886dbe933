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
}
