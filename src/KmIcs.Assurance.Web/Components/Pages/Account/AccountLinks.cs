namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>Sign-in, two-factor, invitation and password pages; none of them is tenant-scoped.</summary>
    public static class Account
    {
        public const string SignInPath = "/account/sign-in";
        public const string SignOutPath = "/account/sign-out";

        /// <summary>Under the sign-in path, so the sign-in rate limit covers the post that starts a work-account sign-in.</summary>
        public const string WorkAccountSignInPath = "/account/sign-in/work-account";
        public const string WorkAccountCallbackPath = "/account/sign-in/work-account/callback";

        public static string Home() => "/account";

        public static string Partnerships() => "/account/partnerships";

        public static string SignIn(string? returnUrl = null) => WithQuery(SignInPath, ("returnUrl", LocalOrNull(returnUrl)));

        public static string SignInTwoFactor(string? returnUrl = null) => WithQuery("/account/sign-in/two-factor", ("returnUrl", LocalOrNull(returnUrl)));

        public static string SignInRecoveryCode(string? returnUrl = null) => WithQuery("/account/sign-in/recovery-code", ("returnUrl", LocalOrNull(returnUrl)));

        public static string Locked() => "/account/locked";

        public static string WorkAccountCallback(string? returnUrl = null) => WithQuery(WorkAccountCallbackPath, ("returnUrl", LocalOrNull(returnUrl)));

        public static string WorkAccountRefused() => "/account/sign-in/work-account/refused";

        public static string TwoFactor(string? returnUrl = null) => WithQuery("/account/two-factor", ("returnUrl", LocalOrNull(returnUrl)));

        public static string ForgotPassword() => "/account/forgot-password";

        public static string ForgotPasswordSent() => "/account/forgot-password/sent";

        public static string ResetPassword(string email, string code) => WithQuery("/account/reset-password", ("email", email), ("code", code));

        public static string Invitation(string token) => WithQuery("/account/invitation", ("token", token));

        public static string Done(string what) => WithQuery("/account", ("done", what));

        private static string? LocalOrNull(string? url) => IsLocal(url) ? url : null;
    }
}
