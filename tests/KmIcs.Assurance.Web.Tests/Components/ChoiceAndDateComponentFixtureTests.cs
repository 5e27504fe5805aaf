using Bunit;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>The date, textarea, radios, select, tag and banner components render the design system's own fixtures.</summary>
public class ChoiceAndDateComponentFixtureTests : BunitContext
{
    [Fact]
    public void Date_input_with_an_error_on_the_day_matches_the_design_system_fixture()
    {
        var cut = Render<DateInput>(ps => ps
            .Add(p => p.Id, "example")
            .Add(p => p.Legend, "What is your date of birth?")
            .Add(p => p.LegendIsPageHeading, true)
            .Add(p => p.Hint, "For example, 31 3 1980")
            .Add(p => p.Error, "Date of birth must include a day")
            .Add(p => p.ErrorParts, ["day"])
            .Add(p => p.Month, "3")
            .Add(p => p.Year, "1980"));

        cut.MarkupMatches(NhsukFixtures.Html("date-input", "with error on day input"));
    }

    [Fact]
    public void Date_input_with_an_error_and_no_heading_matches_the_design_system_fixture()
    {
        var cut = Render<DateInput>(ps => ps
            .Add(p => p.Id, "example")
            .Add(p => p.Legend, "What is your date of birth?")
            .Add(p => p.Error, "Enter your date of birth"));

        cut.MarkupMatches(NhsukFixtures.Html("date-input", "with error message, without heading"));
    }

    [Fact]
    public void Date_input_posts_its_parts_under_the_name_given()
    {
        var cut = Render<DateInput>(ps => ps
            .Add(p => p.Id, "opens")
            .Add(p => p.Name, "Input.Opens")
            .Add(p => p.Legend, "Opens")
            .Add(p => p.Day, "14"));

        var day = cut.Find("input[name='Input.Opens.Day']");
        Assert.Equal("text", day.GetAttribute("type"));
        Assert.Equal("14", day.GetAttribute("value"));
        Assert.Single(cut.FindAll("input[name='Input.Opens.Month']"));
        Assert.Single(cut.FindAll("input[name='Input.Opens.Year']"));
    }

    [Fact]
    public void Textarea_with_an_error_matches_the_design_system_fixture()
    {
        var cut = Render<Textarea>(ps => ps
            .Add(p => p.Id, "with-error-message")
            .Add(p => p.Name, "example")
            .Add(p => p.Label, "Can you provide more detail?")
            .Add(p => p.Error, "You must provide an explanation"));

        cut.MarkupMatches(NhsukFixtures.Html("textarea", "with error message, without heading"));
    }

    [Fact]
    public void Textarea_with_a_hint_matches_the_design_system_fixture()
    {
        var cut = Render<Textarea>(ps => ps
            .Add(p => p.Id, "without-heading")
            .Add(p => p.Name, "example")
            .Add(p => p.Label, "Can you provide more detail?")
            .Add(p => p.Hint, "Do not include personal information like your name, date of birth or NHS number"));

        cut.MarkupMatches(NhsukFixtures.Html("textarea", "without heading"));
    }

    [Fact]
    public void Radios_with_an_error_match_the_design_system_fixture()
    {
        var cut = Render<Radios>(ps => ps
            .Add(p => p.Id, "with-error-message")
            .Add(p => p.Name, "example")
            .Add(p => p.Legend, "How do you want to be contacted about this?")
            .Add(p => p.Error, "Select how you want to be contacted")
            .Add(p => p.Items, [new("email", "Email"), new("phone", "Phone"), new("text", "Text message")]));

        cut.MarkupMatches(NhsukFixtures.Html("radios", "with error message, without heading"));
    }

    [Fact]
    public void Radios_with_hints_on_items_match_the_design_system_fixture()
    {
        var cut = Render<Radios>(ps => ps
            .Add(p => p.Id, "with-hint-item")
            .Add(p => p.Name, "example")
            .Add(p => p.Legend, "Do you have a mobile phone with signal?")
            .Add(p => p.LegendIsPageHeading, true)
            .Add(p => p.Items,
            [
                new("mobile", "Yes, I have a mobile phone with signal", "We will text you a 6 digit security code"),
                new("landline", "No, I want to use my landline", "We will call you to give you a 6 digit security code"),
            ]));

        cut.MarkupMatches(NhsukFixtures.Html("radios", "with hints on items"));
    }

    [Fact]
    public void Select_with_an_error_matches_the_design_system_fixture()
    {
        var cut = Render<Select>(ps => ps
            .Add(p => p.Id, "with-error-message")
            .Add(p => p.Name, "example")
            .Add(p => p.Label, "Choose location")
            .Add(p => p.Error, "Select a location")
            .Add(p => p.Items,
            [
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
            ]));

        cut.MarkupMatches(NhsukFixtures.Html("select", "with error message, without heading"));
    }

    [Fact]
    public void Tag_matches_the_design_system_fixture()
    {
        var cut = Render<Tag>(ps => ps.Add(p => p.Text, "Active"));

        cut.MarkupMatches(NhsukFixtures.Html("tag", "default"));
    }

    [Fact]
    public void Important_banner_matches_the_design_system_fixture()
    {
        var cut = Render<NotificationBanner>(ps => ps.Add(p => p.Heading, "The patient record was updated."));

        cut.MarkupMatches(NhsukFixtures.Html("notification-banner", "default"));
    }
}
