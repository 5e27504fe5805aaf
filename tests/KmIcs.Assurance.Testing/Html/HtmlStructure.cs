using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KmIcs.Assurance.Testing.Html;

/// <summary>
/// Reduces HTML to a canonical outline (elements, sorted attributes, collapsed text) so our Razor components can
/// be compared with the markup nhsuk-frontend's fixtures publish, regardless of whitespace and attribute order.
/// </summary>
public static class HtmlStructure
{
    private static readonly HtmlParser Parser = new();

    public static string Canonicalise(string html)
    {
        var document = Parser.ParseDocument("<body>" + html + "</body>");
        var builder = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes)
        {
            Write(node, builder, 0);
        }

        return builder.ToString();
    }

    private static void Write(INode node, StringBuilder builder, int depth)
    {
        switch (node)
        {
            case IElement element:
                builder.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                }

                builder.AppendLine(">");
                foreach (var child in element.ChildNodes)
                {
                    Write(child, builder, depth + 1);
                }

                break;
            case IText text:
                var collapsed = string.Join(' ', text.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (collapsed.Length > 0)
                {
                    builder.Append(' ', depth * 2).AppendLine(collapsed);
                }

                break;
        }
    }
}
