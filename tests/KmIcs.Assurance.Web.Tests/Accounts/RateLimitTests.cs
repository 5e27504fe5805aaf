using System.Net;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>A portal with a low sign-in rate limit, so the limit is reached in a test.</summary>
public sealed class LowRateLimitPortal : PortalFactory
{
    public LowRateLimitPortal() => Settings["Accounts:SignInPostsPerMinute"] = "3";
}

public class RateLimitTests(LowRateLimitPortal factory) : IClassFixture<LowRateLimitPortal>
{
    [Fact]
    public async Task Repeated_sign_in_posts_from_one_address_are_refused_with_too_many_attempts()
    {
        using var client = new PortalClient(factory);
        var page = await client.GetPageAsync("/account/sign-in");
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await client.SubmitAsync(page, "/account/sign-in", "main form", [new("Input.Email", "someone@example.org"), new("Input.Password", "guess number " + attempt)]);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("Too many attempts", (await PortalClient.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var stillBrowsable = await client.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, stillBrowsable.StatusCode);
    }
}
