using System.Net;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Hosting;

namespace KmIcs.Assurance.Web.Tests.Hosting;

/// <summary>A form the portal cannot read gets a page saying why, not antiforgery's "a valid token was not provided".</summary>
public sealed class FormGuardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, HttpStatusCode, string> Refused => new()
    {
        { new string('x', (4 * 1024 * 1024) + 1), HttpStatusCode.RequestEntityTooLarge, FormGuardMiddleware.TooLarge },
        { "someone\0@example.org", HttpStatusCode.BadRequest, FormGuardMiddleware.ControlCharacters },
        { "someone\u0001@example.org", HttpStatusCode.BadRequest, FormGuardMiddleware.ControlCharacters },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_field_too_long_or_with_control_characters_gets_a_page_saying_what_is_wrong(string value, HttpStatusCode status, string reason)
    {
        using var client = new PortalClient(factory);

        using var response = await client.SubmitAsync("/account/forgot-password", "main form", ("Input.Email", value));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("The form could not be saved", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(reason, page.QuerySelector("main p")?.TextContent.Trim());
        Assert.DoesNotContain("antiforgery", page.DocumentElement.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Line_breaks_and_tabs_in_a_field_are_text_and_pass()
    {
        using var client = new PortalClient(factory);

        using var response = await client.SubmitAsync("/account/forgot-password", "main form", ("Input.Email", "line one\r\nline\ttwo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Enter an email address in the correct format, like name@example.com", page.QuerySelector(".nhsuk-error-summary__list a")?.TextContent.Trim());
    }
}
