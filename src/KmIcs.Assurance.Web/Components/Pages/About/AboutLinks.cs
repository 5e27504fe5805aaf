namespace KmIcs.Assurance.Web;

public static partial class Links
{
    public const string AccessibilityStatement = "/accessibility";
}
