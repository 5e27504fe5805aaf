using System.Security.Cryptography;

namespace KmIcs.Assurance.Web.Hosting;

/// <summary>
/// A per-request nonce for the one inline script the NHS.UK page template needs (it marks the body as
/// JavaScript-enabled before first paint). Every other script is a file, so the policy never allows unsafe-inline.
/// </summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
