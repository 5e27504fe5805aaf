using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>The date, textarea, radios, select, tag and banner components render the design system's own fixtures.</summary>
public class ChoiceAndDateComponentFixtureTests
{
    private static async Task AssertMatchesAsync<TComponent>(string component, string fixture, Dictionary<string, object?> parameters)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        var html = await ComponentRenderer.RenderAsync<TComponent>(parameters);

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html(component, fixture)), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public Task Date_input_with_an_error_on_the_day_matches_the_design_system_fixture() =>
        AssertMatchesAsync<DateInput>("date-input", "with error on day input", new()
        {
            [nameof(DateInput.Id)] = "example",
            [nameof(DateInput.Legend)] = "What is your date of birth?",
            [nameof(DateInput.LegendIsPageHeading)] = true,
            [nameof(DateInput.Hint)] = "For example, 31 3 1980",
            [nameof(DateInput.Error)] = "Date of birth must include a day",
            [nameof(DateInput.ErrorParts)] = new List<string> { "day" },
            [nameof(DateInput.Month)] = "3",
            [nameof(DateInput.Year)] = "1980",
        });

    [Fact]
    public Task Date_input_with_an_error_and_no_heading_matches_the_design_system_fixture() =>
        AssertMatchesAsync<DateInput>("date-input", "with error message, without heading", new()
        {
            [nameof(DateInput.Id)] = "example",
            [nameof(DateInput.Legend)] = "What is your date of birth?",
            [nameof(DateInput.Error)] = "Enter your date of birth",
        });

    [Fact]
    public async Task Date_input_posts_its_parts_under_the_name_given()
    {
        var html = await ComponentRenderer.RenderAsync<DateInput>(new Dictionary<string, object?>
        {
            [nameof(DateInput.Id)] = "opens",
            [nameof(DateInput.Name)] = "Input.Opens",
            [nameof(DateInput.Legend)] = "Opens",
            [nameof(DateInput.Day)] = "14",
        });

        Assert.Contains("name=\"Input.Opens.Day\" type=\"text\" value=\"14\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Opens.Month\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Opens.Year\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public Task Textarea_with_an_error_matches_the_design_system_fixture() =>
        AssertMatchesAsync<Textarea>("textarea", "with error message, without heading", new()
        {
            [nameof(Textarea.Id)] = "with-error-message",
            [nameof(Textarea.Name)] = "example",
            [nameof(Textarea.Label)] = "Can you provide more detail?",
            [nameof(Textarea.Error)] = "You must provide an explanation",
        });

    [Fact]
    public Task Textarea_with_a_hint_matches_the_design_system_fixture() =>
        AssertMatchesAsync<Textarea>("textarea", "without heading", new()
        {
            [nameof(Textarea.Id)] = "without-heading",
            [nameof(Textarea.Name)] = "example",
            [nameof(Textarea.Label)] = "Can you provide more detail?",
            [nameof(Textarea.Hint)] = "Do not include personal information like your name, date of birth or NHS number",
        });

    [Fact]
    public Task Radios_with_an_error_match_the_design_system_fixture() =>
        AssertMatchesAsync<Radios>("radios", "with error message, without heading", new()
        {
            [nameof(Radios.Id)] = "with-error-message",
            [nameof(Radios.Name)] = "example",
            [nameof(Radios.Legend)] = "How do you want to be contacted about this?",
            [nameof(Radios.Error)] = "Select how you want to be contacted",
            [nameof(Radios.Items)] = new List<Radios.Item> { new("email", "Email"), new("phone", "Phone"), new("text", "Text message") },
        });

    [Fact]
    public Task Radios_with_hints_on_items_match_the_design_system_fixture() =>
        AssertMatchesAsync<Radios>("radios", "with hints on items", new()
        {
            [nameof(Radios.Id)] = "with-hint-item",
            [nameof(Radios.Name)] = "example",
            [nameof(Radios.Legend)] = "Do you have a mobile phone with signal?",
            [nameof(Radios.LegendIsPageHeading)] = true,
            [nameof(Radios.Items)] = new List<Radios.Item>
            {
                new("mobile", "Yes, I have a mobile phone with signal", "We will text you a 6 digit security code"),
                new("landline", "No, I want to use my landline", "We will call you to give you a 6 digit security code"),
            },
        });

    [Fact]
    public Task Select_with_an_error_matches_the_design_system_fixture() =>
        AssertMatchesAsync<Select>("select", "with error message, without heading", new()
        {
            [nameof(Select.Id)] = "with-error-message",
            [nameof(Select.Name)] = "example",
            [nameof(Select.Label)] = "Choose location",
            [nameof(Select.Error)] = "Select a location",
            [nameof(Select.Items)] = new List<Select.Item>
            {
                new("choose", "Choose location"),
                new("eastmidlands", "East Midlands"),
                new("eastofengland", "East of England"),
                new("london", "London"),
                new("northeast", "North East"),
                new("northwest", "North West"),
                new("southeast", "South East"),
                new("southwest", "South West"),
                new("westmidlands", "West Midlands"),
                new("yorkshire", "Yorkshire and the Humber"),
            },
        });

    [Fact]
    public Task Tag_matches_the_design_system_fixture() =>
        AssertMatchesAsync<Tag>("tag", "default", new() { [nameof(Tag.Text)] = "Active" });

    [Fact]
    public Task Important_banner_matches_the_design_system_fixture() =>
        AssertMatchesAsync<NotificationBanner>("notification-banner", "default", new() { [nameof(NotificationBanner.Heading)] = "The patient record was updated." });
}
