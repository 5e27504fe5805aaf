using System.Buffers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KmIcs.Assurance.Web.Hosting;

/// <summary>Why <see cref="FormGuardMiddleware"/> refused a form, for the status page to explain.</summary>
public sealed record RejectedForm(string Reason);

/// <summary>
/// Reads every posted form before antiforgery does, so a form the portal cannot accept gets a page that says why
/// instead of antiforgery's "a valid token was not provided": a field over the size limit (413), or a control
/// character such as NUL that no field of ours takes and PostgreSQL cannot store (400). Tab, carriage return and line
/// feed are text.
/// </summary>
public static class FormGuardMiddleware
{
    public const string TooLarge = "The form was too large to send. Make long text shorter, or split it, and try again.";
    public const string ControlCharacters = "The form contained characters that cannot be saved, such as a NUL character, often from text pasted from another program. Remove them and try again.";

    private static readonly SearchValues<char> Disallowed = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')).ToArray());

    public static IApplicationBuilder UseFormGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.HasFormContentType
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                && await RejectAsync(context) is { } rejected)
            {
                context.Features.Set(rejected.Form);
                context.Response.StatusCode = rejected.Status;
                // The status page is re-executed with this request's method: as a GET it renders, where a POST would be
                // refused by antiforgery for the form it can no longer read.
                context.Request.Method = HttpMethods.Get;
                return;
            }

            await next(context);
        });

    private static async Task<(int Status, RejectedForm Form)?> RejectAsync(HttpContext context)
    {
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // The form reader says only that the form is invalid: a value over its length limit, or a NUL it refuses.
            // A body bigger than that limit can only be the first.
            var limit = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value.ValueLengthLimit;
            return context.Request.ContentLength > limit
                ? (StatusCodes.Status413PayloadTooLarge, new RejectedForm(TooLarge))
                : (StatusCodes.Status400BadRequest, new RejectedForm(ControlCharacters));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (StatusCodes.Status413PayloadTooLarge, new RejectedForm(TooLarge));
        }

        foreach (var (key, values) in form)
        {
            if (HasControlCharacter(key) || values.Any(v => v is not null && HasControlCharacter(v)))
            {
                return (StatusCodes.Status400BadRequest, new RejectedForm(ControlCharacters));
            }
        }

        return null;
    }

    private static bool HasControlCharacter(string text) => text.AsSpan().ContainsAny(Disallowed);
}
