using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.EndToEnd.Tests;

/// <summary>The portal over Kestrel on a loopback port, so headless Chromium can browse it.</summary>
public sealed class PortalServerFixture : PortalFactory
{
    public PortalServerFixture() => UseRealServer = true;
}
