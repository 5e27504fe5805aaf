using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components;
using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>The form components the account pages use render the design system's own fixtures.</summary>
public class FormComponentFixtureTests
{
    [Fact]
    public async Task Error_summary_with_two_problems_matches_the_design_system_fixture()
    {
        var errors = new FormErrors();
        errors.Add("example-first-name", "Enter your first name");
        errors.Add("example-last-name", "Enter your last name");

        var html = await ComponentRenderer.RenderAsync<ErrorSummary>(new Dictionary<string, object?> { [nameof(ErrorSummary.Errors)] = errors });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("error-summary", "with multiple errors")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Error_summary_renders_nothing_without_problems()
    {
        var html = await ComponentRenderer.RenderAsync<ErrorSummary>(new Dictionary<string, object?> { [nameof(ErrorSummary.Errors)] = new FormErrors() });

        Assert.Equal("", html.Trim());
    }

    [Fact]
    public async Task Text_input_with_an_error_matches_the_design_system_fixture()
    {
        var html = await ComponentRenderer.RenderAsync<TextInput>(new Dictionary<string, object?>
        {
            [nameof(TextInput.Id)] = "with-error-message",
            [nameof(TextInput.Name)] = "example",
            [nameof(TextInput.Label)] = "What is your NHS number?",
            [nameof(TextInput.LabelIsPageHeading)] = true,
            [nameof(TextInput.Error)] = "Enter NHS number",
            [nameof(TextInput.Code)] = true,
            [nameof(TextInput.WidthClass)] = "nhsuk-input--width-10",
            [nameof(TextInput.InputMode)] = "numeric",
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("input", "with error message")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Success_banner_matches_the_design_system_fixture()
    {
        var html = await ComponentRenderer.RenderAsync<NotificationBanner>(new Dictionary<string, object?>
        {
            [nameof(NotificationBanner.Success)] = true,
            [nameof(NotificationBanner.Heading)] = "Email sent to example@email.com",
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("notification-banner", "with success variant")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Error_message_matches_the_design_system_fixture()
    {
        var html = await ComponentRenderer.RenderAsync<ErrorMessage>(new Dictionary<string, object?>
        {
            [nameof(ErrorMessage.Text)] = "Enter your full name",
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("error-message", "default")), HtmlStructure.Canonicalise(html));
    }
}
