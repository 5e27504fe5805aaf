using Bunit;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components;
using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>The form components the account pages use render the design system's own fixtures.</summary>
public class FormComponentFixtureTests : BunitContext
{
    [Fact]
    public void Error_summary_with_two_problems_matches_the_design_system_fixture()
    {
        var errors = new FormErrors();
        errors.Add("example-first-name", "Enter your first name");
        errors.Add("example-last-name", "Enter your last name");

        var cut = Render<ErrorSummary>(ps => ps.Add(p => p.Errors, errors));

        cut.MarkupMatches(NhsukFixtures.Html("error-summary", "with multiple errors"));
    }

    [Fact]
    public void Error_summary_renders_nothing_without_problems()
    {
        var cut = Render<ErrorSummary>(ps => ps.Add(p => p.Errors, new FormErrors()));

        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void Text_input_with_an_error_matches_the_design_system_fixture()
    {
        var cut = Render<TextInput>(ps => ps
            .Add(p => p.Id, "with-error-message")
            .Add(p => p.Name, "example")
            .Add(p => p.Label, "What is your NHS number?")
            .Add(p => p.LabelIsPageHeading, true)
            .Add(p => p.Error, "Enter NHS number")
            .Add(p => p.Code, true)
            .Add(p => p.WidthClass, "nhsuk-input--width-10")
            .Add(p => p.InputMode, "numeric"));

        cut.MarkupMatches(NhsukFixtures.Html("input", "with error message"));
    }

    [Fact]
    public void Success_banner_matches_the_design_system_fixture()
    {
        var cut = Render<NotificationBanner>(ps => ps
            .Add(p => p.Success, true)
            .Add(p => p.Heading, "Email sent to example@email.com"));

        cut.MarkupMatches(NhsukFixtures.Html("notification-banner", "with success variant"));
    }

    [Fact]
    public void Error_message_matches_the_design_system_fixture()
    {
        var cut = Render<ErrorMessage>(ps => ps.Add(p => p.Text, "Enter your full name"));

        cut.MarkupMatches(NhsukFixtures.Html("error-message", "default"));
    }
}
