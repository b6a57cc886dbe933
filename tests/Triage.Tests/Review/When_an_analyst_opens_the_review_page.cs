using System.Text.RegularExpressions;

namespace Triage.Tests.Review;

public class When_an_analyst_opens_the_review_page : ReviewPageTest
{
    [Test]
    public async Task Should_show_the_sign_in_form()
    {
        await Page.GotoAsync("/review/");

        await Expect(Page.GetByTestId("sign-in-form")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("sign-in-key")).ToBeEditableAsync();
        await Expect(Page.GetByTestId("sign-out")).ToBeHiddenAsync();
    }

    [Test]
    public async Task Should_say_why_an_unknown_key_is_refused()
    {
        await SignInAsync("not-a-key");

        await Expect(Page.GetByTestId("sign-in-error")).ToHaveTextAsync("A valid X-Api-Key header is required.");
        await Expect(Page.GetByTestId("sign-in-form")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Should_say_that_a_desk_key_may_not_review()
    {
        await SignInAsync("dev-desk-key");

        await Expect(Page.GetByTestId("sign-in-error")).ToHaveTextAsync(new Regex("may not do this.*needs an analyst key"));
    }

    [Test]
    public async Task Should_forget_the_key_on_sign_out()
    {
        await SignInAsync("dev-analyst-key");
        await Expect(Page.GetByTestId("cluster-list")).ToBeVisibleAsync();

        await Page.GetByTestId("sign-out").ClickAsync();

        await Expect(Page.GetByTestId("sign-in-form")).ToBeVisibleAsync();
        Assert.That(await Page.EvaluateAsync<string?>("() => sessionStorage.getItem('triage.apiKey')"), Is.Null);
    }
}
