using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Accounts;

public class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Member_signs_in_with_password_and_authenticator_code_and_lands_on_their_partnership()
    {
        var tenant = await factory.CreateTenantAsync("signin-" + Guid.NewGuid().ToString("N")[..8]);
        var user = await factory.CreateUserAsync(tenant, [TenantRole.Member]);
        using var client = new PortalClient(factory);

        var landing = await client.SignInAsync(user);

        Assert.Equal($"/{tenant.Slug}", landing);
        var page = await client.GetPageAsync(landing);
        Assert.Equal(tenant.Name, page.QuerySelector("h1")?.TextContent.Trim());
    }
}
